using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KepuBot.Tests.Channels.BotFramework;

/// <summary>
/// Azure Bot Service's side on 127.0.0.1: the OpenID metadata and JWKS (the test vector's key), the token endpoint
/// that hands the bot its access token, and a Connector API that records every activity the bot sends.
/// </summary>
public sealed class FakeChannelService : IAsyncDisposable
{
    public const string BotAccessToken = "bot-access-token-1";

    private readonly WebApplication _app;

    private FakeChannelService(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The serviceUrl activities carry: with a path segment, as Teams' regional URLs have.</summary>
    public string ServiceUrl => BaseUrl + "amer/";

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    public static async Task<FakeChannelService> StartAsync()
    {
        var app = LoopbackApp.Create();
        var fake = new FakeChannelService(app);
        app.MapGet("/openid", () => Results.Json(new { issuer = ChannelTokens.Issuer, jwks_uri = fake.BaseUrl + "keys" }));
        app.MapGet("/keys", () => Results.Text(JwtVector.JwksJson, "application/json"));
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            fake.TokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal));
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = BotAccessToken });
        });
        app.MapPost("/amer/v3/conversations/{**rest}", async (HttpRequest request) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            var path = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
            fake.Calls.Enqueue(new ConnectorCall(path, request.Headers.Authorization, body));
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        fake.BaseUrl = await LoopbackApp.StartAsync(app);
        return fake;
    }

    public Task<ConnectorCall> NextAsync(string conversationId, string type) =>
        Eventually.GetAsync(() => Calls.FirstOrDefault(c => c.ConversationId == conversationId && c.Type == type), $"a {type} for {conversationId}");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
