using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using KepuBot.Channels.WeChat;

namespace KepuBot.Tests.Channels.WeChat;

/// <summary>
/// <c>RateLimits:WeChat</c> (two questions a minute here): a follower past it gets a polite passive reply instead of an
/// answer, not an HTTP error WeChat would retry; redeliveries of one message count once; other followers are unaffected.
/// </summary>
public sealed class WeChatFollowerLimitTests : IAsyncLifetime
{
    private const string Token = "limitToken42";
    private const string Busy = "oBusyFollower000000000000001";
    private const string Other = "oOtherFollower00000000000002";

    private KepuBotFactory Factory { get; } = new() { Pipeline = new ScriptedTurnPipeline() };
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        Factory.Settings["WeChat:Token"] = Token;
        Factory.Settings["RateLimits:WeChat:PermitLimit"] = "2";
        _client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await Factory.DisposeAsync();
    }

    [Fact]
    public async Task A_follower_past_the_limit_is_asked_to_wait_and_redeliveries_count_once()
    {
        var first = await AskAsync(Busy, "第一个问题", "7001");
        var firstAgain = await AskAsync(Busy, "第一个问题", "7001");
        var second = await AskAsync(Busy, "第二个问题", "7002");
        var third = await AskAsync(Busy, "第三个问题", "7003");
        var thirdAgain = await AskAsync(Busy, "第三个问题", "7003");
        var other = await AskAsync(Other, "别人的问题", "7004");

        Assert.StartsWith(ScriptedTurnPipeline.AnswerTo("第一个问题"), first, StringComparison.Ordinal);
        Assert.Equal(first, firstAgain);
        Assert.StartsWith(ScriptedTurnPipeline.AnswerTo("第二个问题"), second, StringComparison.Ordinal);
        Assert.Matches("^您提问太频繁了，请[0-9]+秒后再问。$", third);
        Assert.Equal(third, thirdAgain);
        Assert.StartsWith(ScriptedTurnPipeline.AnswerTo("别人的问题"), other, StringComparison.Ordinal);
    }

    private async Task<string> AskAsync(string openId, string text, string msgId)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        // One nonce per message: a redelivery repeats its request, a new message comes with a new nonce.
        var nonce = "5150" + msgId;
        var signature = WeChatSignature.Compute(Token, timestamp, nonce);
        var xml = $"<xml><ToUserName><![CDATA[{WeChatHost.Account}]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName><CreateTime>{timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{text}]]></Content><MsgId>{msgId}</MsgId></xml>";
        using var content = new StringContent(xml, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml");
        using var response = await _client.PostAsync(new Uri($"/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid={openId}", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return WeChatHost.ReplyFields(await response.Content.ReadAsStringAsync())["Content"];
    }
}
