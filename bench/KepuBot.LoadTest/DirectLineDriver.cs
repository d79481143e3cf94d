using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace KepuBot.LoadTest;

/// <summary>
/// Direct Line 3.0 as Web Chat uses it with <c>webSocket: false</c>: a token, start the conversation, then post each
/// message and poll <c>activities?watermark=</c> until the bot's reply to it arrives. Every posted message must come back
/// once as the echo and get exactly one reply.
/// </summary>
internal sealed class DirectLineDriver(HttpClient http, Questions questions, LoadRecorder recorder, string? secret) : IChannelDriver
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan LateReplyGrace = TimeSpan.FromSeconds(3);

    private readonly List<DirectLineConversation> _conversations = [];

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task RunConversationAsync(int index, CancellationToken stop)
    {
        DirectLineConversation conversation;
        try
        {
            conversation = await StartConversationAsync(index);
        }
        catch (HttpRequestException e)
        {
            Console.Error.WriteLine($"conversation {index} could not start: {e.StatusCode} {e.Message}");
            recorder.Refused(e.StatusCode ?? System.Net.HttpStatusCode.InternalServerError);
            return;
        }

        lock (_conversations)
        {
            _conversations.Add(conversation);
        }

        for (var turn = 0; !stop.IsCancellationRequested; turn++)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                using var posted = await SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities", conversation.Token, new
                {
                    type = "message",
                    text = questions.For(index, turn),
                    from = new { id = conversation.UserId },
                    locale = "zh-CN",
                    channelData = new { clientActivityID = Guid.NewGuid().ToString("N") },
                });
                if (!posted.IsSuccessStatusCode)
                {
                    recorder.Refused(posted.StatusCode);
                    continue;
                }

                var echoId = (await posted.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("id").GetString()!;
                conversation.Posted.Add(echoId);
                recorder.Replied(await conversation.WaitForReplyAsync(echoId, PollAsync, ReplyTimeout), watch.Elapsed);
            }
            catch (HttpRequestException)
            {
                recorder.FailedOne();
            }
        }
    }

    public async Task FinishAsync()
    {
        await Task.Delay(LateReplyGrace);
        foreach (var conversation in _conversations)
        {
            await PollAsync(conversation);
            var (extra, unexpected) = conversation.Tally();
            recorder.Strays(extra, unexpected);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<DirectLineConversation> StartConversationAsync(int index)
    {
        string token;
        string userId;
        if (secret is not null)
        {
            userId = $"dl_load{index}";
            using var generated = await SendAsync(HttpMethod.Post, "tokens/generate", secret, new { user = new { id = userId } });
            token = (await Read(generated)).GetProperty("token").GetString()!;
        }
        else
        {
            using var page = await http.PostAsync(new Uri("api/directline/token", UriKind.Relative), null);
            var body = await Read(page);
            (token, userId) = (body.GetProperty("token").GetString()!, body.GetProperty("userId").GetString()!);
        }

        using var started = await SendAsync(HttpMethod.Post, "conversations", token, new { });
        return new DirectLineConversation((await Read(started)).GetProperty("conversationId").GetString()!, token, userId);
    }

    /// <summary>One GET of everything after the conversation's watermark.</summary>
    private async Task PollAsync(DirectLineConversation conversation)
    {
        var path = $"conversations/{conversation.Id}/activities" + (conversation.Watermark is { } w ? "?watermark=" + w : string.Empty);
        using var response = await SendAsync(HttpMethod.Get, path, conversation.Token, body: null);
        if (!response.IsSuccessStatusCode)
        {
            await Task.Delay(PollInterval);
            return;
        }

        conversation.Take(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string bearer, object? body)
    {
        using var request = new HttpRequestMessage(method, new Uri("v3/directline/" + path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request);
    }

    private static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
