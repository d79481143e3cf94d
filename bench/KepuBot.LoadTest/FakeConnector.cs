using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KepuBot.LoadTest;

/// <summary>
/// The Bot Connector API of a channel, on 127.0.0.1: the service posts its replies to
/// <c>{serviceUrl}/v3/conversations/{id}/activities/{replyToId}</c>; every message reply is counted per (conversation,
/// replyToId), and whoever waits for it is woken.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(string Conversation, string ReplyTo), int> _replies = new();
    private readonly ConcurrentDictionary<(string Conversation, string ReplyTo), TaskCompletionSource> _waiting = new();
    private WebApplication? _app;

    public Uri ServiceUrl { get; private set; } = null!;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/v3/conversations/{conversationId}/activities/{**replyToId}", async (string conversationId, string? replyToId, HttpRequest request) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            if (activity.GetProperty("type").GetString() == "message" && !string.IsNullOrEmpty(replyToId))
            {
                var key = (conversationId, Uri.UnescapeDataString(replyToId));
                _replies.AddOrUpdate(key, 1, (_, n) => n + 1);
                _waiting.GetValueOrDefault(key)?.TrySetResult();
            }

            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        ServiceUrl = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>Call before sending: completes when the first reply to <paramref name="activityId"/> arrives.</summary>
    public Task Expect(string conversationId, string activityId) =>
        _waiting.GetOrAdd((conversationId, activityId), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Replies beyond the first to an expected activity, and replies to activities nobody sent.</summary>
    public (int Extra, int Unexpected) Tally() =>
        (_replies.Where(r => _waiting.ContainsKey(r.Key)).Sum(r => r.Value - 1), _replies.Keys.Count(k => !_waiting.ContainsKey(k)));

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
