using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace KepuBot.Tests.Channels.Traffic;

/// <summary>
/// The service on a loopback port with small rate limits, one allowed page origin, and forwarded headers honoured as
/// behind a reverse proxy, so each test can speak as its own client address through <c>X-Forwarded-For</c>.
/// </summary>
public sealed class TrafficHost : IAsyncLifetime
{
    public const string AllowedOrigin = "https://portal.example.gov.cn";
    public const string Secret = "traffic-test-secret-42";
    public const int AskLimit = 3;
    public const int PageTokenLimit = 2;
    public const int DirectLineLimit = 5;
    public const int BotFrameworkLimit = 3;

    private int _nextClient;

    public KepuBotFactory Factory { get; } = new() { Pipeline = new ScriptedTurnPipeline() };

    public CapturedLogs Logs { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory.Settings["FORWARDEDHEADERS_ENABLED"] = "true";
        Factory.Settings["Cors:AllowedOrigins:0"] = AllowedOrigin;
        Factory.Settings["DirectLine:Secret"] = Secret;
        Factory.Settings["RateLimits:Ask:PermitLimit"] = AskLimit.ToString(CultureInfo.InvariantCulture);
        Factory.Settings["RateLimits:PageToken:PermitLimit"] = PageTokenLimit.ToString(CultureInfo.InvariantCulture);
        Factory.Settings["RateLimits:DirectLine:PermitLimit"] = DirectLineLimit.ToString(CultureInfo.InvariantCulture);
        Factory.Settings["RateLimits:BotFramework:PermitLimit"] = BotFrameworkLimit.ToString(CultureInfo.InvariantCulture);
        Factory.TestServices = services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
        Client = new HttpClient { BaseAddress = LoopbackApp.StartService(Factory) };

        // /api/ask answers 503 until the index is built, and those would count against the limits.
        await Eventually.GetAsync(async () => (await Client.GetAsync(new Uri("healthz", UriKind.Relative))).IsSuccessStatusCode ? "ready" : null, "the index to be built");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>An address from TEST-NET-3 that no other test speaks as.</summary>
    public string NewClientAddress() => $"203.0.113.{Interlocked.Increment(ref _nextClient)}";

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? client = null, string? bearer = null, string? json = null, string? origin = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (client is not null)
        {
            request.Headers.Add("X-Forwarded-For", client);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await Client.SendAsync(request);
    }
}
