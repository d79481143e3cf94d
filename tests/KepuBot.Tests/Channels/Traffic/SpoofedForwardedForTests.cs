using System.Net;
using System.Net.Http.Json;

namespace KepuBot.Tests.Channels.Traffic;

/// <summary>
/// With the default settings (no reverse proxy configured) a client cannot escape the per-address limit by claiming
/// another address in <c>X-Forwarded-For</c>: the service on a real loopback port sees every request as 127.0.0.1.
/// </summary>
public sealed class SpoofedForwardedForTests : IAsyncLifetime, IDisposable
{
    private const int Limit = 3;

    private readonly KepuBotFactory _factory = new() { Pipeline = new ScriptedTurnPipeline() };
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory.Settings["RateLimits:Ask:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _client = new HttpClient { BaseAddress = LoopbackApp.StartService(_factory) };
        await Eventually.GetAsync(async () => (await _client.GetAsync(new Uri("healthz", UriKind.Relative))).IsSuccessStatusCode ? "ready" : null, "the index to be built");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_new_forwarded_address_on_every_request_is_still_limited()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= Limit + 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/ask", UriKind.Relative))
            {
                Content = JsonContent.Create(new { question = "隔夜菜能吃吗" }),
            };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}");
            using var response = await _client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(Limit), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(statuses.Skip(Limit), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }
}
