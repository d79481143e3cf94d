using System.Globalization;
using System.Text;
using KepuBot.Channels.WeChat;

namespace KepuBot.Tests.Channels.WeChat;

/// <summary>WeChat messages through the real turn pipeline, knowledge base and agent in a real service process.</summary>
public sealed class WeChatEndToEndTests(ServiceProcess service) : IClassFixture<ServiceProcess>
{
    private async Task<Dictionary<string, string>> SendAsync(string text)
    {
        using var client = new HttpClient { BaseAddress = service.BaseAddress };
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Random.Shared.Next(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
        var signature = WeChatSignature.Compute(ServiceProcess.WeChatToken, timestamp, nonce);
        using var content = new StringContent(Inbound.Text(text, Guid.NewGuid().ToString("N")[..12]), Encoding.UTF8, "text/xml");
        using var response = await client.PostAsync(new Uri($"/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid={WeChatHost.OpenId}", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return WeChatHost.ReplyFields(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_question_sent_on_wechat_gets_the_cited_answer()
    {
        var reply = await SendAsync("区气象局要开展什么主题科普活动？");

        Assert.Equal("text", reply["MsgType"]);
        Assert.Contains("世界气象日", reply["Content"], StringComparison.Ordinal);
        Assert.Contains("巴南区全民科学素质行动计划工作清单", reply["Content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scam_described_on_wechat_gets_the_urgent_warning_first()
    {
        var reply = await SendAsync("有个自称公安的人打电话说我涉嫌洗钱让我把钱转到安全账户");

        Assert.StartsWith("⚠️", reply["Content"], StringComparison.Ordinal);
    }
}
