using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace KepuBot.LoadTest;

/// <summary>
/// <c>POST /api/messages</c> as a channel delivers activities (the service must run with <c>Bot:AppId</c> empty). Each
/// message must get exactly one reply: on the fake connector at its serviceUrl, or with <c>--expect-replies</c> in the
/// response body.
/// </summary>
internal sealed class BotFrameworkDriver(HttpClient http, Questions questions, LoadRecorder recorder, bool expectReplies) : IChannelDriver
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LateReplyGrace = TimeSpan.FromSeconds(3);

    private readonly FakeConnector _connector = new();

    public Task StartAsync(CancellationToken cancellationToken) => _connector.StartAsync();

    public async Task RunConversationAsync(int index, CancellationToken stop)
    {
        var conversationId = $"load-bf-{index}-{Guid.NewGuid():N}";
        for (var turn = 0; !stop.IsCancellationRequested; turn++)
        {
            var id = Guid.NewGuid().ToString("N");
            var reply = _connector.Expect(conversationId, id);
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await http.PostAsJsonAsync(new Uri("api/messages", UriKind.Relative), Activity(conversationId, index, id, questions.For(index, turn)), CancellationToken.None);
                if (!response.IsSuccessStatusCode)
                {
                    recorder.Refused(response.StatusCode);
                    continue;
                }

                if (expectReplies)
                {
                    Tally(await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None), conversationId, id, watch.Elapsed);
                }
                else
                {
                    recorder.Replied(await Task.WhenAny(reply, Task.Delay(ReplyTimeout, CancellationToken.None)) == reply, watch.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                recorder.FailedOne();
            }
        }
    }

    public async Task FinishAsync()
    {
        if (expectReplies)
        {
            return;
        }

        await Task.Delay(LateReplyGrace);
        var (extra, unexpected) = _connector.Tally();
        recorder.Strays(extra, unexpected);
    }

    public ValueTask DisposeAsync() => _connector.DisposeAsync();

    private void Tally(JsonElement body, string conversationId, string id, TimeSpan latency)
    {
        var answers = body.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("type").GetString() == "message")
            .ToList();
        var toThis = answers.Count(a => a.TryGetProperty("replyToId", out var r) && r.GetString() == id
            && a.GetProperty("conversation").GetProperty("id").GetString() == conversationId);
        if (toThis != answers.Count)
        {
            recorder.Mismatch();
        }

        switch (toThis)
        {
            case 0:
                recorder.LostOne();
                break;
            case 1:
                recorder.Answered(latency);
                break;
            default:
                recorder.Answered(latency);
                recorder.Duplicate(toThis - 1);
                break;
        }
    }

    private object Activity(string conversationId, int index, string id, string text) => new
    {
        type = "message",
        id,
        timestamp = DateTimeOffset.UtcNow,
        channelId = "loadtest",
        serviceUrl = _connector.ServiceUrl?.ToString() ?? "http://127.0.0.1/",
        from = new { id = $"user-{index}", name = "压测用户" },
        recipient = new { id = "kepubot", name = "科普问答" },
        conversation = new { id = conversationId },
        text,
        locale = "zh-CN",
        deliveryMode = expectReplies ? "expectReplies" : null,
    };
}
