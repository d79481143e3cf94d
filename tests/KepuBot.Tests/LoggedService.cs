using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using KepuBot.Staff.Auth;
using KepuBot.Tests.Channels;
using KepuBot.Tests.Staff;

namespace KepuBot.Tests;

/// <summary>
/// The real service (real agent, a private copy of the corpus) on Kestrel at a loopback port with its own log sink,
/// made for one test so the logs it checks are that test's alone (or shared by a class through
/// <see cref="LoggedServiceFixture"/>). Every channel is on (a WeChat token, a Direct Line
/// secret, Bot Framework without channel auth), one staff account can sign in, and the rate limits are off.
/// </summary>
public sealed class LoggedService : IAsyncDisposable
{
    public const string StaffName = "王审核";
    public const string StaffPassword = "staff-pass-2468";
    public const string WeChatToken = "kepuLoggedToken";
    public const string DirectLineSecret = "logged-service-secret-7";

    private static readonly Lazy<string> StaffHash = new(() => SecretHasher.HashPassword(StaffPassword, SecretHasher.MinimumIterations));

    private readonly string _corpus = TestCorpus.Copy();

    private LoggedService()
    {
        Factory.Settings["Knowledge:CorpusPath"] = _corpus;
        Factory.Settings["Staff:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Factory.Settings["Staff:Accounts:0:Name"] = StaffName;
        Factory.Settings["Staff:Accounts:0:Role"] = "staff";
        Factory.Settings["Staff:Accounts:0:PasswordHash"] = StaffHash.Value;
        Factory.Settings["WeChat:Token"] = WeChatToken;
        Factory.Settings["DirectLine:Secret"] = DirectLineSecret;
        foreach (var limit in new[] { "Ask", "PageToken", "DirectLine", "BotFramework", "WeChat", "StaffLogin" })
        {
            Factory.Settings[$"RateLimits:{limit}:PermitLimit"] = "0";
        }

        Factory.TestServices = services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
    }

    public KepuBotFactory Factory { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts a service; <paramref name="settings"/> go on top of the defaults above.</summary>
    public static LoggedService Start(IReadOnlyDictionary<string, string>? settings = null)
    {
        var service = new LoggedService();
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            service.Factory.Settings[key] = value;
        }

        service.BaseAddress = LoopbackApp.StartService(service.Factory);
        service.Client = new HttpClient { BaseAddress = service.BaseAddress };
        return service;
    }

    /// <summary>Waits until the index is built, for tests that need answers.</summary>
    public Task WaitUntilReadyAsync() =>
        Eventually.GetAsync(async () => (await Client.GetAsync(new Uri("healthz", UriKind.Relative))).IsSuccessStatusCode ? "ready" : null, "the index to be built");

    /// <summary>A client signed in as the staff account.</summary>
    public async Task<HttpClient> SignedInAsync()
    {
        using var response = await Client.PostAsJsonAsync(new Uri("api/staff/login", UriKind.Relative), new { name = StaffName, password = StaffPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Fails with the logged exceptions if any entry carried one (a stack trace in the service's log).</summary>
    public void AssertNoExceptionLogged() =>
        Assert.True(Logs.Exceptions.IsEmpty, "exceptions were logged:\n" + string.Join('\n', Logs.Exceptions));

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await Factory.DisposeAsync();
        TestCorpus.Delete(_corpus);
    }
}
