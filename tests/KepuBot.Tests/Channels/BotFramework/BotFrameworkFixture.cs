using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace KepuBot.Tests.Channels.BotFramework;

/// <summary>
/// The service with Bot Framework authentication on, pointed at a <see cref="FakeChannelService"/> for keys, tokens and
/// replies, with a scripted agent. Tests share it and keep apart by using their own conversation ids.
/// </summary>
public sealed class BotFrameworkFixture : IAsyncLifetime
{
    public FakeChannelService Channel { get; private set; } = null!;

    public ScriptedTurnPipeline Pipeline { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public KepuBotFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await FakeChannelService.StartAsync();
        Factory.Pipeline = Pipeline;
        Factory.TestServices = services => services.AddSingleton<ILoggerProvider>(Logs);
        Factory.Settings["Bot:AppId"] = JwtVector.AppId;
        Factory.Settings["Bot:AppPassword"] = "app-password";
        Factory.Settings["Bot:OpenIdMetadataUrl"] = Channel.BaseUrl + "openid";
        Factory.Settings["Bot:TokenEndpoint"] = Channel.BaseUrl + "token";
        Client = Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Channel.DisposeAsync();
    }

    /// <summary>A message as a channel delivers it.</summary>
    public JsonObject Message(string conversationId, string text, string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-03-01T08:15:30.123Z",
        ["serviceUrl"] = Channel.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-" + conversationId, ["name"] = "李伟" },
        ["recipient"] = new JsonObject { ["id"] = "28:kepubot", ["name"] = "科普问答" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" },
        ["text"] = text,
        ["locale"] = "zh-CN",
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "zh-CN" }),
    };

    /// <summary>Posts to /api/messages with a valid channel token for the activity's serviceUrl.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        PostAsync(activity.ToJsonString(), ChannelTokens.Mint(activity["serviceUrl"]?.GetValue<string>()));

    public async Task<HttpResponseMessage> PostAsync(string body, string? token, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }
}
