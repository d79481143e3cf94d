using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KepuBot.Tests.Channels.WeChat;

/// <summary>
/// The two WeChat server APIs the channel calls, served by Kestrel on 127.0.0.1: <c>/cgi-bin/token</c> hands out
/// numbered tokens, <c>/cgi-bin/message/custom/send</c> records what it receives (raw body and token used).
/// </summary>
public sealed class FakeWeChatApi : IAsyncDisposable
{
    private WebApplication? _app;
    private int _tokensIssued;

    public Uri BaseAddress { get; private set; } = null!;

    public int TokensIssued => _tokensIssued;

    public ConcurrentQueue<string> TokenQueries { get; } = new();

    public Channel<SentMessage> Sent { get; } = Channel.CreateUnbounded<SentMessage>();

    public async Task StartAsync()
    {
        _app = LoopbackApp.Create();
        _app.MapGet("/cgi-bin/token", (HttpRequest request) =>
        {
            TokenQueries.Enqueue(request.QueryString.Value ?? string.Empty);
            var n = Interlocked.Increment(ref _tokensIssued);
            return Results.Json(new Dictionary<string, object> { ["access_token"] = $"TOKEN-{n}", ["expires_in"] = 7200 });
        });
        _app.MapPost("/cgi-bin/message/custom/send", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var raw = await reader.ReadToEndAsync();
            await Sent.Writer.WriteAsync(new SentMessage(request.Query["access_token"].ToString(), raw, JsonDocument.Parse(raw).RootElement.Clone()));
            return Results.Json(new Dictionary<string, object> { ["errcode"] = 0, ["errmsg"] = "ok" });
        });
        BaseAddress = await LoopbackApp.StartAsync(_app);
    }

    /// <summary>The next customer-service message, or a failure after <paramref name="timeout"/>.</summary>
    public async Task<SentMessage> NextSentAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        return await Sent.Reader.ReadAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public sealed record SentMessage(string AccessToken, string RawBody, JsonElement Body);
}
