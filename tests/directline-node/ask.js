// Asks the running service one question through the official Direct Line client, as Web Chat would.
// Usage: node ask.js <service base URL> <question>
// Prints one JSON line describing what the user saw and exits 0 once the bot's answer arrives; non-zero otherwise.
'use strict';

// DirectLineJS is a browser library: under Node it needs these two globals.
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');

const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const TIMEOUT_MS = 30000;

async function main() {
  const [base, question] = process.argv.slice(2);
  if (!base || !question) {
    throw new Error('usage: node ask.js <base URL> <question>');
  }

  // The chat page's own route: the browser never sees the Direct Line secret.
  const response = await fetch(`${base}/api/directline/token`);
  if (!response.ok) {
    throw new Error(`token request failed: ${response.status}`);
  }
  const { token, userId } = await response.json();

  const directLine = new DirectLine({ token, domain: `${base}/v3/directline`, webSocket: true });
  const seen = { welcome: null, echo: null, reply: null, statuses: [] };

  const done = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms: ${JSON.stringify(seen)}`)), TIMEOUT_MS);

    directLine.connectionStatus$.subscribe(status => {
      seen.statuses.push(ConnectionStatus[status]);
      if (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken) {
        clearTimeout(timer);
        reject(new Error(`connection status ${ConnectionStatus[status]}`));
      }
    });

    directLine.activity$.subscribe(activity => {
      if (activity.type !== 'message') {
        return;
      }
      if (!activity.replyToId && activity.from.role === 'bot' && !seen.welcome) {
        seen.welcome = activity.text;
        directLine
          .postActivity({ type: 'message', text: question, from: { id: userId, name: '访客' }, channelData: { clientActivityID: 'node-1' } })
          .subscribe(() => {}, error => { clearTimeout(timer); reject(error); });
        return;
      }
      if (activity.channelData && activity.channelData.clientActivityID === 'node-1') {
        seen.echo = activity.id;
        return;
      }
      if (activity.replyToId && activity.replyToId === seen.echo) {
        seen.reply = {
          text: activity.text,
          suggestedActions: (activity.suggestedActions && activity.suggestedActions.actions || []).map(a => a.value),
          attachments: (activity.attachments || []).map(a => a.contentType),
        };
        clearTimeout(timer);
        resolve();
      }
    });
  });

  try {
    await done;
  } finally {
    directLine.end();
  }
  process.stdout.write(JSON.stringify(seen) + '\n');
}

main().then(
  () => process.exit(0),
  error => {
    process.stderr.write(`${error && error.stack || error}\n`);
    process.exit(1);
  });
