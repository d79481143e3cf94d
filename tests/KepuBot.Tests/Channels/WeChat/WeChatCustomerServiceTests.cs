using KepuBot.Conversation;

namespace KepuBot.Tests.Channels.WeChat;

[Collection(WeChatHostDefinition.Name)]
public sealed class WeChatCustomerServiceTests(WeChatHost host)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_slow_answer_is_acknowledged_then_sent_by_customer_service_message_with_one_cached_token()
    {
        var tokensBefore = host.Api.TokensIssued;
        var first = await AskSlowlyAsync("第一个要想很久的问题", "诈骗分子常冒充客服，请通过官方渠道核实。");
        var second = await AskSlowlyAsync("第二个要想很久的问题", "第二个答案。");

        Assert.Equal(WeChatHost.OpenId, first.Body.GetProperty("touser").GetString());
        Assert.Equal("text", first.Body.GetProperty("msgtype").GetString());
        Assert.Equal("诈骗分子常冒充客服，请通过官方渠道核实。\n\n来源：\n· 反诈指南 › 冒充客服", first.Body.GetProperty("text").GetProperty("content").GetString());
        // Raw UTF-8 Chinese on the wire, not \uXXXX escapes (reported to arrive garbled).
        Assert.Contains("诈骗分子", first.RawBody, StringComparison.Ordinal);
        Assert.Equal("第二个答案。\n\n来源：\n· 反诈指南 › 冒充客服", second.Body.GetProperty("text").GetProperty("content").GetString());

        // The access_token is fetched with the app's credentials once and reused until it expires.
        Assert.Equal(1, host.Api.TokensIssued - tokensBefore);
        Assert.Contains(host.Api.TokenQueries, q => q.Contains("grant_type=client_credential", StringComparison.Ordinal)
            && q.Contains("appid=" + host.Vectors.AppId, StringComparison.Ordinal) && q.Contains("secret=test-secret", StringComparison.Ordinal));
        Assert.Equal(first.AccessToken, second.AccessToken);
    }

    private async Task<FakeWeChatApi.SentMessage> AskSlowlyAsync(string question, string answer)
    {
        var release = new TaskCompletionSource();
        host.Pipeline.Script(question, new AgentAnswer
        {
            Answer = answer,
            Intent = Intent.AntiFraud,
            Grounded = true,
            Citations = [FakeTurnPipeline.Source("反诈指南", "冒充客服")],
        }, release.Task);

        // Within WeChat's 5 s the delivery is acknowledged without a reply, so WeChat neither retries nor shows an error.
        var started = DateTimeOffset.UtcNow;
        using (var response = await host.PostAsync(Inbound.Text(question, host.NewMsgId())))
        {
            Assert.Equal("success", await response.Content.ReadAsStringAsync());
        }

        Assert.InRange(DateTimeOffset.UtcNow - started, WeChatHost.ReplyTimeout * 0.9, TimeSpan.FromSeconds(5));
        Assert.False(host.Api.Sent.Reader.TryPeek(out _));

        release.SetResult();
        return await host.Api.NextSentAsync(Patience);
    }
}
