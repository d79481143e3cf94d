using System.Globalization;
using System.Net;
using System.Text.Json;

namespace KepuBot.Tests.Channels.Traffic;

/// <summary>A caller past its limit gets 429 with Retry-After; other callers, and the limit's other partitions, are unaffected.</summary>
[Collection(TrafficHostGroup.Name)]
public sealed class RateLimitTests(TrafficHost host)
{
    private const string Ask = """{"question":"隔夜菜能吃吗？"}""";

    [Fact]
    public async Task Asking_past_the_limit_gets_429_with_Retry_After_while_another_client_is_still_answered()
    {
        var busy = host.NewClientAddress();
        var logMark = host.Logs.Mark();
        for (var i = 0; i < TrafficHost.AskLimit; i++)
        {
            using var allowed = await host.SendAsync(HttpMethod.Post, "/api/ask", busy, json: Ask);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await host.SendAsync(HttpMethod.Post, "/api/ask", busy, json: Ask);
        using var other = await host.SendAsync(HttpMethod.Post, "/api/ask", host.NewClientAddress(), json: Ask);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfterSeconds(refused), 1, 60);
        Assert.Contains("请求太频繁", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(host.Logs.AnySince(logMark, "Rate limit reached: POST /api/ask"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task The_page_token_route_is_limited_per_client_address()
    {
        var client = host.NewClientAddress();
        for (var i = 0; i < TrafficHost.PageTokenLimit; i++)
        {
            using var issued = await host.SendAsync(HttpMethod.Post, "/api/directline/token", client);
            Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        }

        using var refused = await host.SendAsync(HttpMethod.Post, "/api/directline/token", client);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfterSeconds(refused), 1, 60);
    }

    [Fact]
    public async Task Direct_Line_is_limited_per_token_with_a_Direct_Line_error_and_never_for_the_secret()
    {
        // The secret's holder (the site's backend) asks for more tokens than any token may make calls.
        var tokens = new List<string>();
        for (var i = 0; i <= TrafficHost.DirectLineLimit; i++)
        {
            using var generated = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer: TrafficHost.Secret);
            Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
            tokens.Add(JsonDocument.Parse(await generated.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!);
        }

        for (var i = 0; i < TrafficHost.DirectLineLimit; i++)
        {
            using var started = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", bearer: tokens[0], json: "{}");
            Assert.True(started.IsSuccessStatusCode, $"call {i + 1} got {started.StatusCode}");
        }

        using var refused = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", bearer: tokens[0], json: "{}", origin: TrafficHost.AllowedOrigin);
        using var otherToken = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", bearer: tokens[1], json: "{}");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfterSeconds(refused), 1, 60);
        Assert.Equal("TooManyRequests", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("code").GetString());

        // A page on an allowed origin can read Retry-After from the refusal.
        Assert.Equal(TrafficHost.AllowedOrigin, refused.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Retry-After", refused.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Created, otherToken.StatusCode);
    }

    [Fact]
    public async Task The_Bot_Framework_endpoint_is_limited_per_client_address()
    {
        var client = host.NewClientAddress();
        const string Typing = """{"type":"typing","id":"t","channelId":"emulator","conversation":{"id":"c"},"from":{"id":"u"},"serviceUrl":"http://127.0.0.1:9/"}""";
        for (var i = 0; i < TrafficHost.BotFrameworkLimit; i++)
        {
            using var accepted = await host.SendAsync(HttpMethod.Post, "/api/messages", client, json: Typing);
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var refused = await host.SendAsync(HttpMethod.Post, "/api/messages", client, json: Typing);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfterSeconds(refused), 1, 60);
    }

    private static int RetryAfterSeconds(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues("Retry-After").Single(), NumberStyles.None, CultureInfo.InvariantCulture);
}
