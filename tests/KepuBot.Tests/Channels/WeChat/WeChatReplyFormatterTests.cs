using System.Text;
using KepuBot.Channels.WeChat;
using KepuBot.Conversation;

namespace KepuBot.Tests.Channels.WeChat;

public sealed class WeChatReplyFormatterTests
{
    private static AgentAnswer Answer(string text, params Citation[] citations) =>
        new() { Answer = text, Intent = Intent.Policy, Grounded = citations.Length > 0, Citations = citations };

    private static Citation Source(string title, string section) => FakeTurnPipeline.Source(title, section);

    [Fact]
    public void Puts_the_answer_first_then_at_most_three_distinct_sources()
    {
        var text = WeChatReplyFormatter.Format(Answer(
            "区气象局要围绕世界气象日开展科普活动。",
            Source("巴南区工作清单", "区气象局"),
            Source("巴南区工作清单", "区气象局"),
            Source("文件二", "一、总则"),
            Source("文件三", string.Empty),
            Source("文件四", "二、任务")));

        Assert.Equal("区气象局要围绕世界气象日开展科普活动。\n\n来源：\n· 巴南区工作清单 › 区气象局\n· 文件二 › 一、总则\n· 文件三", text);
    }

    [Fact]
    public void An_answer_without_sources_is_sent_as_it_is()
    {
        Assert.Equal("您好！请问有什么可以帮您？", WeChatReplyFormatter.Format(Answer("  您好！请问有什么可以帮您？\r\n")));
    }

    [Fact]
    public void Drops_sources_before_cutting_the_answer()
    {
        // Fits with one source, not with three.
        var body = new string('科', 660);
        var text = WeChatReplyFormatter.Format(Answer(body, Source("第一份文件", "第一章"), Source("第二份文件", "第二章"), Source("第三份文件", "第三章")));

        Assert.StartsWith(body, text, StringComparison.Ordinal);
        Assert.EndsWith("· 第一份文件 › 第一章", text, StringComparison.Ordinal);
        Assert.DoesNotContain("第二份文件", text, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(text) <= WeChatReplyFormatter.MaxBytes);
    }

    [Fact]
    public void A_long_answer_is_cut_with_an_ellipsis_keeping_the_top_source_within_2047_bytes()
    {
        var text = WeChatReplyFormatter.Format(Answer(string.Concat(Enumerable.Repeat("防范电信诈骗要牢记：不听、不信、不转账。", 200)), Source("反诈指南", "三、要点"), Source("其他", "x")));

        Assert.InRange(Encoding.UTF8.GetByteCount(text), WeChatReplyFormatter.MaxBytes - 6, WeChatReplyFormatter.MaxBytes);
        Assert.StartsWith("防范电信诈骗要牢记", text, StringComparison.Ordinal);
        Assert.Contains("…\n\n来源：\n· 反诈指南 › 三、要点", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fraud_warning_at_the_head_of_a_long_answer_stays_first()
    {
        const string Warning = "【紧急提醒】这是典型的冒充公检法诈骗，请立即停止转账，拨打96110。";
        var answer = Answer(Warning + new string('说', 1500), Source("反诈指南", "冒充公检法")) with { Flags = new AnswerFlags(Fraud: true) };

        var text = WeChatReplyFormatter.Format(answer);

        Assert.StartsWith(Warning, text, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(text) <= WeChatReplyFormatter.MaxBytes);
    }

    [Fact]
    public void Never_splits_an_emoji_when_cutting()
    {
        var text = WeChatReplyFormatter.Format(Answer(string.Concat(Enumerable.Repeat("👍🏽好", 400))));

        Assert.True(Encoding.UTF8.GetByteCount(text) <= WeChatReplyFormatter.MaxBytes);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));
        Assert.Matches("(👍🏽好)+(👍🏽)?…$", text);
    }
}
