using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace KepuBot.Tests.Channels.DirectLine;

/// <summary>The service with a Direct Line secret configured and a scripted agent, driven over REST as DirectLineJS does.</summary>
public sealed class DirectLineFixture : IAsyncLifetime
{
    public const string Secret = "dl-test-secret-0123456789";
    public const string Base = "/v3/directline";

    public ScriptedTurnPipeline Pipeline { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public KepuBotFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory.Pipeline = Pipeline;
        Factory.TestServices = services => services.AddSingleton<ILoggerProvider>(Logs);
        Factory.Settings["DirectLine:Secret"] = Secret;
        Client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    public async Task<(HttpStatusCodeAndBody Result, JsonElement Json)> SendAsync(HttpMethod method, string path, string? bearer, string? json = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, contentType);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var parsed = text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true
            ? JsonDocument.Parse(text).RootElement.Clone()
            : default;
        return (new HttpStatusCodeAndBody((int)response.StatusCode, text), parsed);
    }

    /// <summary>
    /// <paramref name="method"/> on <paramref name="path"/> under <see cref="Base"/>, with <c>{id}</c> standing for
    /// <paramref name="conversationId"/>; a POST carries a message.
    /// </summary>
    public Task<(HttpStatusCodeAndBody Result, JsonElement Json)> CallAsync(string method, string path, string conversationId, string? bearer)
    {
        var body = method == "POST" ? Message("问题") : null;
        return SendAsync(new HttpMethod(method), Base + path.Replace("{id}", conversationId, StringComparison.Ordinal), bearer, body);
    }

    /// <summary>tokens/generate for an embedded user, then start the conversation with that token.</summary>
    public async Task<StartedConversation> StartAsync(string userId = "dl_tester")
    {
        var (generated, token) = await SendAsync(HttpMethod.Post, Base + "/tokens/generate", Secret, $$$"""{"user":{"id":"{{{userId}}}","name":"访客"}}""");
        Assert.Equal(200, generated.Status);
        var (started, conversation) = await SendAsync(HttpMethod.Post, Base + "/conversations", token.GetProperty("token").GetString(), """{"user":{},"locale":"zh-CN"}""");
        Assert.Equal(201, started.Status);
        return new StartedConversation(
            conversation.GetProperty("conversationId").GetString()!,
            conversation.GetProperty("token").GetString()!,
            conversation.GetProperty("streamUrl").GetString()!);
    }

    /// <summary>A message as Web Chat posts it.</summary>
    public static string Message(string text, string fromId = "r_webchat", string clientActivityId = "client-1") =>
        JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            channelId = "webchat",
            locale = "zh-CN",
            from = new { id = fromId, name = "访客", role = "user" },
            localTimestamp = "2026-03-01T16:15:30.100+08:00",
            localTimezone = "Asia/Shanghai",
            channelData = new { clientActivityID = clientActivityId },
            entities = new[] { new { type = "ClientCapabilities", requiresBotState = true, supportsListening = true, supportsTts = true } },
        });
}
