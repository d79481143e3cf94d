using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using KepuBot.Staff.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KepuBot.Tests.Staff;

/// <summary>
/// The real service with three staff accounts (admin 陈主任, staff 小李, reviewer 周老师) and a shared signing key,
/// over a copy of the corpus in a temporary folder so publishing never touches the repository's corpus.
/// </summary>
public sealed class StaffHost : IAsyncLifetime
{
    public const string AdminName = "陈主任";
    public const string StaffName = "小李";
    public const string ReviewerName = "周老师";
    public const string AdminPassword = "admin-pass-1234";
    public const string StaffPassword = "staff-pass-5678";
    public const string ReviewerPassword = "reviewer-pass-9012";
    public const string DirectLineSecret = "staff-host-directline-secret-0123";

    // Hashing at the minimum work factor keeps the tests quick; the service treats it like any configured hash.
    private static readonly Lazy<(string Admin, string Staff, string Reviewer)> Hashes = new(() =>
        (SecretHasher.HashPassword(AdminPassword, SecretHasher.MinimumIterations),
         SecretHasher.HashPassword(StaffPassword, SecretHasher.MinimumIterations),
         SecretHasher.HashPassword(ReviewerPassword, SecretHasher.MinimumIterations)));

    public StaffHost()
        : this(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
    {
    }

    private StaffHost(string signingKey)
    {
        SigningKey = signingKey;
        Corpus = TestCorpus.Copy();
        Factory = new KepuBotFactory();
        Factory.Settings["Knowledge:CorpusPath"] = Corpus;
        Factory.Settings["Staff:SigningKey"] = signingKey;
        Factory.Settings["Staff:Accounts:0:Name"] = AdminName;
        Factory.Settings["Staff:Accounts:0:Role"] = "admin";
        Factory.Settings["Staff:Accounts:0:PasswordHash"] = Hashes.Value.Admin;
        Factory.Settings["Staff:Accounts:1:Name"] = StaffName;
        Factory.Settings["Staff:Accounts:1:Role"] = "staff";
        Factory.Settings["Staff:Accounts:1:PasswordHash"] = Hashes.Value.Staff;
        Factory.Settings["Staff:Accounts:2:Name"] = ReviewerName;
        Factory.Settings["Staff:Accounts:2:Role"] = "reviewer";
        Factory.Settings["Staff:Accounts:2:PasswordHash"] = Hashes.Value.Reviewer;

        Factory.Settings["DirectLine:Secret"] = DirectLineSecret;

        // Every in-process request comes from one address; the staff tests sign in far more often than a person.
        Factory.Settings["RateLimits:StaffLogin:PermitLimit"] = "0";
    }

    /// <summary>A second instance sharing this one's signing key, as behind a load balancer.</summary>
    public StaffHost Sibling() => new(SigningKey);

    public KepuBotFactory Factory { get; }

    public string SigningKey { get; }

    /// <summary>The corpus folder this host indexes (a private copy).</summary>
    public string Corpus { get; }

    public MovableClock Clock { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Where the service listens when started with <see cref="ServeOnLoopbackAsync"/>.</summary>
    public Uri? BaseAddress { get; private set; }

    public async Task InitializeAsync()
    {
        Factory.TestServices = services => services.AddSingleton<TimeProvider>(Clock);
        Client = await Factory.CreateReadyClientAsync();
    }

    /// <summary>Starts the service on real Kestrel on a loopback port (for the browser).</summary>
    public async Task ServeOnLoopbackAsync()
    {
        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        BaseAddress = new Uri(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/");
        await InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        TestCorpus.Delete(Corpus);
    }

    /// <summary>Signs in and returns the token.</summary>
    public async Task<string> TokenAsync(string name, string password)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/staff/login", UriKind.Relative), new { name, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("token").GetString()!;
    }

    /// <summary>A client signed in as the admin or the staff member.</summary>
    public Task<HttpClient> SignedInAsync(bool admin) =>
        admin ? SignedInAsync(AdminName, AdminPassword) : SignedInAsync(StaffName, StaffPassword);

    /// <summary>A client signed in as the reviewer.</summary>
    public Task<HttpClient> ReviewerAsync() => SignedInAsync(ReviewerName, ReviewerPassword);

    private async Task<HttpClient> SignedInAsync(string name, string password)
    {
        var client = Factory.CreateClient();
        var token = await TokenAsync(name, password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
