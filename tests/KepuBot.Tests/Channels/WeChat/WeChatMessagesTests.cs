using System.Text;
using KepuBot.Conversation;

namespace KepuBot.Tests.Channels.WeChat;

[Collection(WeChatHostDefinition.Name)]
public sealed class WeChatMessagesTests(WeChatHost host)
{
    [Fact]
    public async Task A_text_message_gets_a_passive_reply_with_the_answer_then_its_sources()
    {
        const string Question = "区气象局要开展什么主题科普活动？";
        host.Pipeline.Script(Question, new AgentAnswer
        {
            Answer = "区气象局要围绕“世界气象日”等主题开展气象科普活动。",
            Intent = Intent.Duty,
            Grounded = true,
            Citations = [FakeTurnPipeline.Source("巴南区全民科学素质行动计划工作清单", "区气象局")],
        });

        var reply = await host.AskAsync(Inbound.Text(Question, host.NewMsgId()));

        Assert.Equal(WeChatHost.OpenId, reply["ToUserName"]);
        Assert.Equal(WeChatHost.Account, reply["FromUserName"]);
        Assert.Equal("text", reply["MsgType"]);
        Assert.InRange(long.Parse(reply["CreateTime"], System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        Assert.Equal("区气象局要围绕“世界气象日”等主题开展气象科普活动。\n\n来源：\n· 巴南区全民科学素质行动计划工作清单 › 区气象局", reply["Content"]);

        var request = Assert.Single(host.Pipeline.Requests, r => r.Text == Question);
        Assert.Equal("wechat", request.Channel);
        Assert.Equal(WeChatHost.OpenId, request.UserId);
        Assert.Equal("wechat:" + WeChatHost.OpenId, request.ConversationId);
    }

    [Fact]
    public async Task A_recognised_voice_message_is_answered_like_the_spoken_text()
    {
        const string Spoken = "隔夜菜会致癌吗";
        var reply = await host.AskAsync(Inbound.Voice(Spoken, host.NewMsgId()));

        Assert.StartsWith($"关于“{Spoken}”：这是测试答案。", reply["Content"], StringComparison.Ordinal);
        Assert.Equal(1, host.Pipeline.CallsFor(Spoken));
    }

    [Fact]
    public async Task A_voice_message_without_recognition_asks_the_user_to_repeat_or_type()
    {
        var before = host.Pipeline.Requests.Count;
        var reply = await host.AskAsync(Inbound.Voice(string.Empty, host.NewMsgId()));

        Assert.Contains("没能听清", reply["Content"], StringComparison.Ordinal);
        Assert.Equal(before, host.Pipeline.Requests.Count);
    }

    [Fact]
    public async Task A_new_follower_is_welcomed_with_questions_to_try()
    {
        var reply = await host.AskAsync(Inbound.Event("subscribe", 1700000200));

        Assert.StartsWith("您好，欢迎关注", reply["Content"], StringComparison.Ordinal);
        Assert.Contains("您可以试着问", reply["Content"], StringComparison.Ordinal);
        Assert.Contains("1. ", reply["Content"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unsubscribe")]
    [InlineData("CLICK")]
    [InlineData("LOCATION")]
    public async Task Other_events_are_acknowledged_with_success(string name)
    {
        using var response = await host.PostAsync(Inbound.Event(name, 1700000400));
        Assert.Equal("success", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Other_message_types_are_acknowledged_with_success()
    {
        using var response = await host.PostAsync(Inbound.Image(host.NewMsgId()));
        Assert.Equal("success", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Retried_deliveries_of_one_message_are_answered_once_and_alike()
    {
        const string Question = "重复投递的问题";
        var release = new TaskCompletionSource();
        host.Pipeline.Script(Question, new AgentAnswer { Answer = "只回答一次。", Intent = Intent.Kepu, Grounded = false }, release.Task);
        var xml = Inbound.Text(Question, host.NewMsgId());

        // WeChat's retries can overlap the first delivery: all three arrive while the answer is still being worked out.
        var deliveries = Enumerable.Range(0, 3).Select(_ => host.AskAsync(xml)).ToList();
        await Task.Delay(200);
        release.SetResult();
        var replies = await Task.WhenAll(deliveries);
        var late = await host.AskAsync(xml);

        Assert.Equal(1, host.Pipeline.CallsFor(Question));
        Assert.All(replies.Append(late), r => Assert.Equal("只回答一次。", r["Content"]));
    }

    [Fact]
    public async Task The_same_text_in_a_new_message_is_answered_again()
    {
        const string Question = "同一句话再问一次";
        await host.AskAsync(Inbound.Text(Question, host.NewMsgId()));
        await host.AskAsync(Inbound.Text(Question, host.NewMsgId()));

        Assert.Equal(2, host.Pipeline.CallsFor(Question));
    }

    [Fact]
    public async Task A_long_answer_is_trimmed_to_fit_WeChats_limit()
    {
        const string Question = "请详细介绍一下全民科学素质行动";
        host.Pipeline.Script(Question, new AgentAnswer
        {
            Answer = string.Concat(Enumerable.Repeat("提升全民科学素质是一项长期任务。", 300)),
            Intent = Intent.Policy,
            Grounded = true,
            Citations = [FakeTurnPipeline.Source("全民科学素质行动规划纲要", "二、重点任务"), FakeTurnPipeline.Source("另一文件", "三")],
        });

        var reply = await host.AskAsync(Inbound.Text(Question, host.NewMsgId()));

        var content = reply["Content"];
        Assert.True(Encoding.UTF8.GetByteCount(content) <= 2047, $"{Encoding.UTF8.GetByteCount(content)} bytes");
        Assert.StartsWith("提升全民科学素质是一项长期任务。", content, StringComparison.Ordinal);
        Assert.EndsWith("…\n\n来源：\n· 全民科学素质行动规划纲要 › 二、重点任务", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_pipeline_gets_an_apology_not_silence()
    {
        const string Question = "会让流水线出错的问题";
        host.Pipeline.Script(Question, new AgentAnswer { Answer = "不会用到", Intent = Intent.Kepu, Grounded = false }, Task.FromException(new InvalidOperationException("boom")));

        var reply = await host.AskAsync(Inbound.Text(Question, host.NewMsgId()));

        Assert.Contains("请稍后再试", reply["Content"], StringComparison.Ordinal);
    }
}
