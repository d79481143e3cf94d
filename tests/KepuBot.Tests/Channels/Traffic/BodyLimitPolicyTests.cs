using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KepuBot.Channels.WeChat;

namespace KepuBot.Tests.Channels.Traffic;

/// <summary>
/// One body limit per endpoint, from section <c>RequestLimits</c>, wherever it is checked: in front of the endpoint
/// (by declared length, and by the server while a chunked body is read) and in the channels that read their own
/// bodies to answer in their own format, which stop at the limit the endpoint names, not at one of their own. Seen
/// failing with the Bot Framework and WeChat readers given a number of their own below the configured limit.
/// </summary>
public sealed class BodyLimitPolicyTests : IDisposable
{
    private const int Limit = 2_000;
    private const string Secret = "body-limit-test-secret";
    private const string WeChatToken = "bodylimittoken";

    private readonly KepuBotFactory _factory = new() { Pipeline = new ScriptedTurnPipeline() };
    private readonly HttpClient _client;

    public BodyLimitPolicyTests()
    {
        _factory.Settings["RequestLimits:ActivityBytes"] = Limit.ToString(CultureInfo.InvariantCulture);
        _factory.Settings["RequestLimits:WeChatBytes"] = Limit.ToString(CultureInfo.InvariantCulture);
        _factory.Settings["DirectLine:Secret"] = Secret;
        _factory.Settings["WeChat:Token"] = WeChatToken;
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Theory]
    [InlineData("botframework", false)]
    [InlineData("botframework", true)]
    [InlineData("directline", false)]
    [InlineData("directline", true)]
    [InlineData("wechat", false)]
    [InlineData("wechat", true)]
    public async Task A_body_over_the_configured_limit_gets_413_and_one_under_it_is_read(string channel, bool chunked)
    {
        using var over = await SendAsync(channel, Limit + 1_000, chunked);
        using var under = await SendAsync(channel, Limit - 500, chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, under.StatusCode);
        Assert.True((int)under.StatusCode < 500, $"{channel}: {under.StatusCode}");
    }

    private async Task<HttpResponseMessage> SendAsync(string channel, int bytes, bool chunked)
    {
        switch (channel)
        {
            case "botframework":
                return await _client.SendAsync(Post("/api/messages", Activity(bytes), "application/json", chunked));
            case "directline":
                using (var start = new HttpRequestMessage(HttpMethod.Post, new Uri("/v3/directline/conversations", UriKind.Relative)))
                {
                    start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
                    using var started = await _client.SendAsync(start);
                    var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("conversationId").GetString();
                    var post = Post($"/v3/directline/conversations/{id}/activities", Activity(bytes), "application/json", chunked);
                    post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
                    return await _client.SendAsync(post);
                }

            default:
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                var nonce = Guid.NewGuid().ToString("N");
                var query = $"signature={WeChatSignature.Compute(WeChatToken, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}&openid=o1";
                return await _client.SendAsync(Post("/wechat?" + query, WeChatText(bytes), "text/xml", chunked));
        }
    }

    private static HttpRequestMessage Post(string path, string body, string contentType, bool chunked)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        HttpContent content = chunked ? new StreamContent(new UnsizedStream(bytes)) : new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType) { CharSet = "utf-8" };
        return new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
    }

    // A message activity of exactly `bytes` bytes of UTF-8.
    private static string Activity(int bytes)
    {
        const string Shape = """{"type":"message","id":"m1","channelId":"test","serviceUrl":"http://127.0.0.1:1/","from":{"id":"u1"},"conversation":{"id":"c1"},"recipient":{"id":"bot"},"text":""}""";
        return Shape.Insert(Shape.Length - 2, new string('a', bytes - Shape.Length));
    }

    private static string WeChatText(int bytes)
    {
        const string Shape = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o1]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType><MsgId>1</MsgId><Content><![CDATA[]]></Content></xml>";
        return Shape.Insert(Shape.IndexOf("]]></Content>", StringComparison.Ordinal), new string('a', bytes - Shape.Length));
    }
}
