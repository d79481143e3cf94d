using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KepuBot.Staff.Auth;
using KepuBot.Tests.Staff;
using Xunit.Abstractions;

namespace KepuBot.Tests.Hosting;

/// <summary>
/// Three thousand malformed requests, generated from a fixed seed, to every endpoint of the service running as its own
/// process on Kestrel: every one must get an answer that is not a server error, and the process must still be running
/// at the end. The staff account, the Direct Line secret and WeChat signatures are mostly valid, so the malformed
/// bodies reach the code that reads them.
/// </summary>
public sealed class MalformedRequestFuzzTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const int Seed = 20261207;
    private const int Requests = 3_000;
    private const int Concurrency = 4;
    private const string StaffName = "模糊测试";
    private const string StaffPassword = "fuzz-pass-1357";
    private const string DirectLineSecret = "fuzz-directline-secret-42";

    private static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(30);

    private readonly string _corpus = TestCorpus.Copy();
    private ServiceProcess? _service;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Knowledge__CorpusPath"] = _corpus,
            ["Staff__SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Staff__Accounts__0__Name"] = StaffName,
            ["Staff__Accounts__0__Role"] = "admin",
            ["Staff__Accounts__0__PasswordHash"] = SecretHasher.HashPassword(StaffPassword, SecretHasher.MinimumIterations),
            ["DirectLine__Secret"] = DirectLineSecret,
        };
        foreach (var limit in new[] { "Ask", "PageToken", "DirectLine", "BotFramework", "WeChat", "StaffLogin" })
        {
            settings[$"RateLimits__{limit}__PermitLimit"] = "0";
        }

        _service = new ServiceProcess(settings);
        await _service.InitializeAsync();
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        // xunit calls both; the second call finds nothing left to stop.
        _service?.Dispose();
        TestCorpus.Delete(_corpus);
    }

    private static async Task<bool> AnsweredOnRetryAsync(HttpClient client, FuzzCase fuzz, ConcurrentDictionary<int, int> statuses, CancellationToken cancellationToken)
    {
        try
        {
            using var retry = fuzz.ToRequest();
            using var response = await client.SendAsync(retry, cancellationToken);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            return status < 500;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Thousands_of_malformed_requests_to_every_endpoint_get_no_server_error_and_never_stop_the_service()
    {
        var service = _service!;
        using var client = new HttpClient { BaseAddress = service.BaseAddress, Timeout = PerRequest };
        var endpoints = await EndpointsAsync(client);
        var cases = new FuzzCases(new Random(Seed), await SignInAsync(client), DirectLineSecret, await StartConversationAsync(client), ServiceProcess.WeChatToken)
            .Generate(endpoints, Requests);
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (fuzz, cancellationToken) =>
        {
            using var request = fuzz.ToRequest();
            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                var status = (int)response.StatusCode;
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (status >= 500 && response.StatusCode is not HttpStatusCode.NotImplemented and not HttpStatusCode.ServiceUnavailable)
                {
                    failures.Enqueue($"{status}: {fuzz}");
                }
            }
            catch (HttpRequestException e)
            {
                // A pooled connection the server closed after answering an earlier request early can fail the next
                // send before it reaches the server; a request with no body is sent once more to tell that apart.
                if (!service.HasExited && fuzz.Body is not { Length: > 0 } && await AnsweredOnRetryAsync(client, fuzz, statuses, cancellationToken))
                {
                    return;
                }

                if (service.HasExited || fuzz.Body is not { Length: > 0 })
                {
                    failures.Enqueue($"no answer ({e.Message}): {fuzz}");
                    return;
                }

                // A body refused while it was still being sent: the server answers and closes, the client sees a broken pipe.
                statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
            }
            catch (TaskCanceledException)
            {
                failures.Enqueue($"no answer within {PerRequest.TotalSeconds} s: {fuzz}");
            }
        });

        output.WriteLine($"{cases.Count} requests to {endpoints.Count} endpoints in {clock.Elapsed.TotalSeconds:F1} s; statuses: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "closed while sending" : s.Key)}×{s.Value}")));
        Assert.False(service.HasExited, "the service process exited:\n" + service.RecentOutput);
        Assert.True(failures.IsEmpty, $"{failures.Count} requests got a server error:\n{string.Join('\n', failures.Take(30))}\n\nservice output:\n{service.RecentOutput}");
        using var health = await client.GetAsync(new Uri("healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    /// <summary>Every operation in the OpenAPI document, and WeChat's callback, which the document leaves out.</summary>
    private static async Task<List<FuzzEndpoint>> EndpointsAsync(HttpClient client)
    {
        var document = await client.GetFromJsonAsync<JsonElement>(new Uri("openapi/v1.json", UriKind.Relative));
        var endpoints = new List<FuzzEndpoint>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var query = operation.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList()
                    : [];
                var method = new HttpMethod(operation.Name.ToUpperInvariant());
                endpoints.Add(new FuzzEndpoint(method, path.Name, query, BodyOf(method, path.Name, operation.Value)));
            }
        }

        endpoints.Add(new FuzzEndpoint(HttpMethod.Post, "/wechat", [], FuzzBodyKind.Xml));
        endpoints.Add(new FuzzEndpoint(HttpMethod.Get, "/wechat", ["echostr"], FuzzBodyKind.None));
        return endpoints;
    }

    private static FuzzBodyKind BodyOf(HttpMethod method, string path, JsonElement operation) => (method.Method, path) switch
    {
        ("POST", "/api/messages" or "/v3/directline/conversations/{conversationId}/activities") => FuzzBodyKind.Activity,
        ("POST", "/api/staff/library") => FuzzBodyKind.Upload,
        ("POST", "/v3/directline/tokens/generate") => FuzzBodyKind.Json,
        _ when operation.TryGetProperty("requestBody", out _) => FuzzBodyKind.Json,
        _ => FuzzBodyKind.None,
    };

    private static async Task<string> SignInAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync(new Uri("api/staff/login", UriKind.Relative), new { name = StaffName, password = StaffPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private static async Task<string> StartConversationAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v3/directline/conversations", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DirectLineSecret);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString()!;
    }
}
