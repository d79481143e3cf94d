using System.Net;
using KepuBot.Conversation;

namespace KepuBot.Tests.Channels.WeChat;

/// <summary>
/// Whoever sees one signed callback URL cannot post as a follower with it: the same timestamp and nonce with another
/// body is refused for as long as the timestamp is accepted. The very same request again (as WeChat redelivers) is
/// answered from the reply store, without a second turn.
/// </summary>
[Collection(WeChatHostDefinition.Name)]
public sealed class WeChatNonceTests(WeChatHost host)
{
    [Fact]
    public async Task A_signed_url_replayed_with_another_body_is_refused_and_not_answered()
    {
        var query = host.SignedQuery();
        using var first = await host.PostAsync(Inbound.Text("真正的问题", host.NewMsgId()), query);
        using var replay = await host.PostAsync(Inbound.Text("伪造的问题", host.NewMsgId()), query);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, replay.StatusCode);
        Assert.Contains("nonce", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, host.Pipeline.CallsFor("真正的问题"));
        Assert.Equal(0, host.Pipeline.CallsFor("伪造的问题"));
    }

    [Fact]
    public async Task The_same_request_again_gets_the_same_reply_from_one_turn()
    {
        const string question = "同一请求再来一次的问题";
        host.Pipeline.Script(question, new AgentAnswer { Answer = "只回答一次。", Intent = Intent.Kepu, Grounded = true, Citations = [FakeTurnPipeline.Source("文档", "一、总则")] });
        var query = host.SignedQuery();
        var xml = Inbound.Text(question, host.NewMsgId());

        using var first = await host.PostAsync(xml, query);
        using var again = await host.PostAsync(xml, query);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var reply = WeChatHost.ReplyFields(await first.Content.ReadAsStringAsync())["Content"];
        Assert.Equal(reply, WeChatHost.ReplyFields(await again.Content.ReadAsStringAsync())["Content"]);
        Assert.Equal(1, host.Pipeline.CallsFor(question));
    }

    [Fact]
    public async Task A_nonce_is_its_own_only_together_with_its_timestamp()
    {
        // WeChat's nonces are short random numbers; two messages a few seconds apart may share one.
        const string nonce = "31415926";
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var first = await host.PostAsync(Inbound.Text("先到的问题", host.NewMsgId()), host.SignedQuery((now - 3).ToString(System.Globalization.CultureInfo.InvariantCulture), nonce));
        using var second = await host.PostAsync(Inbound.Text("后到的问题", host.NewMsgId()), host.SignedQuery(now.ToString(System.Globalization.CultureInfo.InvariantCulture), nonce));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }
}
