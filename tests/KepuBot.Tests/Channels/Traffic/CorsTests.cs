using System.Net;
using System.Net.WebSockets;
using System.Text.Json;

namespace KepuBot.Tests.Channels.Traffic;

/// <summary>
/// Pages on the configured origin may call the chat APIs from the browser (the preflights the official Web Chat and the
/// chat page send, with the headers their code sets, are allowed);
/// pages anywhere else get no CORS grant and cannot open the Direct Line stream.
/// </summary>
[Collection(TrafficHostGroup.Name)]
public sealed class CorsTests(TrafficHost host)
{
    /// <summary>Each call the official Web Chat and the chat page make, with the headers their code sets (see <see cref="WebChatRequests"/>).</summary>
    public static TheoryData<string, string, string> ClientCalls => new()
    {
        { "/v3/directline/conversations", "POST", nameof(WebChatRequests.StartConversation) },
        { "/v3/directline/conversations/abc/activities", "POST", nameof(WebChatRequests.PostActivity) },
        { "/v3/directline/conversations/abc/activities?watermark=3", "GET", nameof(WebChatRequests.Get) }, // polling (webSocket: false)
        { "/v3/directline/conversations/abc?watermark=3", "GET", nameof(WebChatRequests.Get) }, // reconnecting
        { "/v3/directline/tokens/refresh", "POST", nameof(WebChatRequests.RefreshToken) },
        { "/api/ask", "POST", nameof(WebChatRequests.ChatPageJson) },
        { "/api/feedback", "POST", nameof(WebChatRequests.ChatPageJson) },
    };

    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> HeadersOf = new()
    {
        [nameof(WebChatRequests.StartConversation)] = WebChatRequests.StartConversation,
        [nameof(WebChatRequests.PostActivity)] = WebChatRequests.PostActivity,
        [nameof(WebChatRequests.Get)] = WebChatRequests.Get,
        [nameof(WebChatRequests.RefreshToken)] = WebChatRequests.RefreshToken,
        [nameof(WebChatRequests.ChatPageJson)] = WebChatRequests.ChatPageJson,
    };

    [Theory]
    [MemberData(nameof(ClientCalls))]
    public async Task The_allowed_origin_passes_the_official_clients_preflight(string path, string method, string call)
    {
        var scriptHeaders = HeadersOf[call];
        using var request = CorsPreflight.For(path, TrafficHost.AllowedOrigin, method, scriptHeaders);
        using var response = await host.Client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, $"preflight got {response.StatusCode}");
        Assert.Equal(TrafficHost.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains(method, response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        var allowed = response.Headers.TryGetValues("Access-Control-Allow-Headers", out var values)
            ? values.SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        Assert.All(CorsPreflight.RequestHeaders(scriptHeaders), header => Assert.Contains(header, allowed));
    }

    [Fact]
    public void The_official_clients_requests_ask_for_headers_beyond_the_safelist()
    {
        // Guards the table above: an empty list would let every preflight pass whatever the policy allows.
        Assert.Equal(["authorization", "content-type", "x-ms-bot-agent", "x-requested-with"], CorsPreflight.RequestHeaders(WebChatRequests.StartConversation));
        Assert.Equal(["authorization", "x-ms-bot-agent", "x-requested-with"], CorsPreflight.RequestHeaders(WebChatRequests.Get));
        Assert.Equal(["content-type"], CorsPreflight.RequestHeaders(WebChatRequests.ChatPageJson));
    }

    [Fact]
    public async Task An_ordinary_answer_to_the_allowed_origin_carries_the_grant()
    {
        // The browser checks the grant on the answer itself, not only on the preflight.
        using var answer = await host.SendAsync(HttpMethod.Post, "/api/ask", host.NewClientAddress(), json: "{\"question\":\"隔夜菜能吃吗\"}", origin: TrafficHost.AllowedOrigin);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(TrafficHost.AllowedOrigin, answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("https://portal.example.gov.cn.evil.example.com")]
    [InlineData("http://portal.example.gov.cn")]
    public async Task Any_other_origin_gets_no_grant(string origin)
    {
        using var preflight = await PreflightAsync("/v3/directline/conversations", origin);
        using var token = await host.SendAsync(HttpMethod.Post, "/api/directline/token", host.NewClientAddress(), origin: origin);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(token.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_stream_opens_for_the_allowed_origin_and_non_browser_clients_and_not_for_other_sites()
    {
        using var generated = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer: TrafficHost.Secret);
        var token = JsonDocument.Parse(await generated.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString();

        Assert.Equal(HttpStatusCode.SwitchingProtocols, await OpenStreamAsync(token, TrafficHost.AllowedOrigin));
        Assert.Equal(HttpStatusCode.SwitchingProtocols, await OpenStreamAsync(token, origin: null));
        Assert.Equal(HttpStatusCode.Forbidden, await OpenStreamAsync(token, "https://evil.example.com"));
    }

    private async Task<HttpStatusCode> OpenStreamAsync(string? token, string? origin)
    {
        using var started = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", bearer: token, json: "{}");
        var streamUrl = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("streamUrl").GetString()!;
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        try
        {
            await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Refused before the upgrade; the status says why.
        }

        return socket.HttpStatusCode;
    }

    private async Task<HttpResponseMessage> PreflightAsync(string path, string origin)
    {
        using var request = CorsPreflight.For(path, origin);
        return await host.Client.SendAsync(request);
    }
}
