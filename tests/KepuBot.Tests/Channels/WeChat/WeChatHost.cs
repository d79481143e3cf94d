using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using KepuBot.Channels.WeChat;
using KepuBot.Conversation;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KepuBot.Tests.Channels.WeChat;

/// <summary>
/// The real service on Kestrel (127.0.0.1) with the WeChat channel on (the vectors' token, key and AppID; customer-service API pointed at
/// <see cref="FakeWeChatApi"/>), the turn pipeline replaced by <see cref="FakeTurnPipeline"/>. Plaintext is allowed beside safe mode
/// (<c>WeChat:AllowPlaintext</c>, as during a console change-over) so plain-mode behaviour can be tested here;
/// <see cref="WeChatSafeModeRequiredTests"/> covers the default, where it is refused.
/// </summary>
public sealed class WeChatHost : IAsyncLifetime, IDisposable
{
    public const string Account = "gh_1a2b3c4d5e6f";
    public const string OpenId = "oPtYgjmUhBel31iEl2hpChYgCfrL";

    /// <summary>Short, so the slow-answer test does not wait long; scripted answers return at once.</summary>
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(1);

    private readonly KepuBotFactory _factory = new();
    private WebApplicationFactory<Program>? _host;
    private long _nextMsgId = 6_000_000_000_000_000_000;
    private long _nextNonce = 100_000_000;

    public WeChatVectors Vectors { get; } = WeChatVectors.Load();

    public FakeTurnPipeline Pipeline { get; } = new();

    public FakeWeChatApi Api { get; } = new();

    /// <summary>The service's clock; safe-mode tests move it to when the vector was signed.</summary>
    public MovableClock Clock { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    /// <summary>A MsgId no other test uses, so the dedupe store never links two tests.</summary>
    public string NewMsgId() => Interlocked.Increment(ref _nextMsgId).ToString(CultureInfo.InvariantCulture);

    /// <summary>A nonce no other request uses, as WeChat picks a fresh one for each message.</summary>
    public string NewNonce() => Interlocked.Increment(ref _nextNonce).ToString(CultureInfo.InvariantCulture);

    private int _disposed;

    public async Task InitializeAsync()
    {
        await Api.StartAsync();
        _host = _factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("WeChat:Token", Vectors.Token);
            builder.UseSetting("WeChat:AppId", Vectors.AppId);
            builder.UseSetting("WeChat:EncodingAESKey", Vectors.EncodingAesKey);
            builder.UseSetting("WeChat:AllowPlaintext", "true");
            builder.UseSetting("WeChat:AppSecret", "test-secret");
            builder.UseSetting("WeChat:UseCustomerServiceApi", "true");
            builder.UseSetting("WeChat:ReplyTimeout", ReplyTimeout.ToString("c", CultureInfo.InvariantCulture));
            builder.UseSetting("WeChat:ApiBaseUrl", Api.BaseAddress.ToString());
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<ITurnPipeline>();
                services.AddSingleton<ITurnPipeline>(Pipeline);
                services.AddSingleton<TimeProvider>(Clock);
            });
        });
        // Real Kestrel on loopback rather than the in-memory TestServer, so requests keep their HTTP framing
        // (a chunked body really arrives without a length, as a misbehaving sender's would). A plain client:
        // CreateClient's redirect handler would buffer every body and give it a Content-Length.
        Client = new HttpClient { BaseAddress = LoopbackApp.StartService(_host) };
    }

    // Stop the service before the fake WeChat API it calls, once, however xunit asks (it calls both disposers).
    public async Task DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Client?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _factory.DisposeAsync();
        await Api.DisposeAsync();
    }

    public void Dispose() => DisposeAsync().GetAwaiter().GetResult();

    /// <summary>The plain-mode query WeChat adds to every POST, signed with the token (a fresh nonce unless given).</summary>
    public string SignedQuery(string? timestamp = null, string? nonce = null)
    {
        timestamp ??= DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        nonce ??= NewNonce();
        var signature = WeChatSignature.Compute(Vectors.Token, timestamp, nonce);
        return $"signature={signature}&timestamp={timestamp}&nonce={nonce}&openid={OpenId}";
    }

    public Task<HttpResponseMessage> PostAsync(string xml, string? query = null, string contentType = "text/xml")
    {
        var content = new StringContent(xml, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return PostAsync(content, query);
    }

    public async Task<HttpResponseMessage> PostAsync(HttpContent content, string? query = null)
    {
        using (content)
        {
            return await Client.PostAsync(new Uri("/wechat?" + (query ?? SignedQuery()), UriKind.Relative), content);
        }
    }

    /// <summary>Posts a plain-mode message and reads the passive text reply's fields.</summary>
    public async Task<Dictionary<string, string>> AskAsync(string xml)
    {
        using var response = await PostAsync(xml);
        response.EnsureSuccessStatusCode();
        return ReplyFields(await response.Content.ReadAsStringAsync());
    }

    public static Dictionary<string, string> ReplyFields(string xml) =>
        XDocument.Parse(xml).Root!.Elements().ToDictionary(e => e.Name.LocalName, e => e.Value, StringComparer.Ordinal);
}
