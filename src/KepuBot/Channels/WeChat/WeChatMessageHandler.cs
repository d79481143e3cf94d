using System.Text;
using KepuBot.Conversation;
using Microsoft.Extensions.Options;

namespace KepuBot.Channels.WeChat;

/// <summary>
/// Decides what a decrypted, verified message is answered with: text and recognised voice go to the turn pipeline,
/// a follow gets the welcome, everything else is acknowledged without a reply.
/// </summary>
internal sealed partial class WeChatMessageHandler(
    WeChatTurnRunner turns,
    IWeChatReplyStore replies,
    WeChatFollowerLimiter followers,
    WeChatCustomerService customerService,
    ReplyBook texts,
    IOptions<WeChatOptions> options,
    ILogger<WeChatMessageHandler> logger)
{
    public const string ChannelName = "wechat";

    /// <summary>The reply text, or null to acknowledge without one.</summary>
    public Task<string?> ReplyAsync(WeChatMessage message, CancellationToken cancellationToken) => message.MsgType switch
    {
        "text" => AskOnceAsync(message, message.Content, cancellationToken),
        "voice" when message.Recognition.Trim().Length == 0 => Task.FromResult<string?>(texts.Text(ReplyKeys.WeChatVoiceNotRecognised)),
        "voice" => AskOnceAsync(message, message.Recognition, cancellationToken),
        "event" when message.Event == "subscribe" => Task.FromResult<string?>(texts.Text(ReplyKeys.WeChatWelcome)),
        _ => Task.FromResult<string?>(null),
    };

    private Task<string?> AskOnceAsync(WeChatMessage message, string text, CancellationToken cancellationToken)
    {
        if (text.Trim().Length == 0)
        {
            return Task.FromResult<string?>(texts.Text(ReplyKeys.WeChatEmpty));
        }

        // Counted inside the store's start, which runs once per message, so WeChat's retries never count twice.
        return replies.GetOrStartAsync(message.DedupeKey, () => AskIfAllowedAsync(message, text.Trim()), cancellationToken);
    }

    private Task<string?> AskIfAllowedAsync(WeChatMessage message, string text)
    {
        if (followers.TryAcquire(message.FromUserName, out var retryAfter))
        {
            return AskAsync(message, text);
        }

        LogTooFrequent(message.MsgType, message.LogId, retryAfter);
        return Task.FromResult<string?>(texts.Text(ReplyKeys.WeChatTooFrequent, SecondsToWait(retryAfter)));
    }

    private async Task<string?> AskAsync(WeChatMessage message, string text)
    {
        var settings = options.Value;
        var openId = message.FromUserName;
        var turn = turns.StartAsync(new TurnRequest(ChannelName, openId, ChannelName + ":" + openId, text));
        try
        {
            var answer = await turn.WaitAsync(settings.ReplyTimeout);
            var reply = WeChatReplyFormatter.Format(answer);
            var bytes = Encoding.UTF8.GetByteCount(reply);
            LogAnswered(message.MsgType, message.LogId, text.Length, bytes);
            return reply;
        }
        catch (TimeoutException) when (!turn.IsCompleted)
        {
            if (settings.UseCustomerServiceApi)
            {
                customerService.SendWhenReady(openId, message.LogId, turn);
                LogDeferred(message.MsgType, message.LogId, settings.ReplyTimeout);
            }
            else
            {
                LogDropped(message.MsgType, message.LogId, settings.ReplyTimeout);
            }

            return null;
        }
        catch (InvalidTurnException ex)
        {
            // Too long or unreadable: the follower gets the reason; the log a line without a stack trace.
            LogRefused(message.MsgType, message.LogId, text.Length);
            return ex.Message;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFailed(ex, message.MsgType, message.LogId);
            return texts.Text(ReplyKeys.WeChatUnavailable);
        }
    }

    private static string SecondsToWait(TimeSpan retryAfter) =>
        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "WeChat {MsgType} {MessageId} ({Chars} chars) answered passively ({Bytes} bytes)")]
    private partial void LogAnswered(string msgType, string messageId, int chars, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "WeChat {MsgType} {MessageId} not answered within {Timeout}; acknowledged, the answer follows by customer-service message")]
    private partial void LogDeferred(string msgType, string messageId, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeChat {MsgType} {MessageId} not answered within {Timeout}; acknowledged without an answer because the customer-service API is off")]
    private partial void LogDropped(string msgType, string messageId, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Information, Message = "WeChat {MsgType} {MessageId} not answered: the follower's question limit is reached for {RetryAfter}")]
    private partial void LogTooFrequent(string msgType, string messageId, TimeSpan retryAfter);

    [LoggerMessage(Level = LogLevel.Information, Message = "WeChat {MsgType} {MessageId} ({Chars} chars) refused by the pipeline; the follower was told why")]
    private partial void LogRefused(string msgType, string messageId, int chars);

    [LoggerMessage(Level = LogLevel.Error, Message = "WeChat {MsgType} {MessageId}: the turn failed")]
    private partial void LogFailed(Exception exception, string msgType, string messageId);
}
