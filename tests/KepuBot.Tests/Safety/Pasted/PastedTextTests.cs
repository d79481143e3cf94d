using KepuBot.Safety.Pasted;

namespace KepuBot.Tests.Safety.Pasted;

/// <summary>
/// The preparation of pasted text as a table: what a resident pastes → the text the detectors read and the marks
/// kept as cues (<c>name=match</c>, in the order found).
/// </summary>
public sealed class PastedTextTests
{
    [Theory]
    // SMS: the sender's signature and the unsubscribe line come out; a URL stays a link.
    [InlineData("【京东】您的京豆即将过期 戳 3.cn/1a9-KqP 使用 退订回T", "您的京豆即将过期 戳 链接 使用", "promo-sms=退订回T sms-signature=京东 url=3.cn")]
    [InlineData("【永辉超市】会员日蔬菜8.8折 回T退订", "会员日蔬菜8.8折", "promo-sms=回T退订 sms-signature=永辉超市")]
    [InlineData("您的保单方案已做好 方便时回电 拒收请回复R", "您的保单方案已做好 方便时回电", "promo-sms=拒收请回复R")]
    [InlineData("招聘兼职 日结 加微信咨询 【优聘】", "招聘兼职 日结 加微信咨询", "sms-signature=优聘")]
    [InlineData("【建设银行】您的手机银行今日失效 请登录 ccb-yz.cn 认证", "您的手机银行今日失效 请登录 链接 认证", "sms-signature=建设银行 url=ccb-yz.cn")]
    // A headline or an alert in brackets is no sender.
    [InlineData("【紧急扩散】水库出现裂缝", "【紧急扩散】水库出现裂缝", "")]
    [InlineData("【辟谣】香蕉不会传播艾滋", "【辟谣】香蕉不会传播艾滋", "")]
    // Weibo: the #…# headline and topics keep their words; emoji codes, mentions and link cards go.
    [InlineData("【#明起降温12度#】气象台:明天降温[吃惊] 网页链接", "明起降温12度 气象台:明天降温", "weibo-link=网页链接 emoji=[吃惊]")]
    [InlineData("酸菜鱼绝了!! [馋嘴] #美食探店# @XX吃货日记 http://t.cn/A6Lp0ZsR", "酸菜鱼绝了!! 美食探店 链接", "url=t.cn emoji=[馋嘴] mention=@ hashtag=美食探店")]
    // OCR'd chats: timestamps, placeholders, recalls, typing and read marks and call durations go; misreadings are mended.
    [InlineData("小琳 昨天 23:12 我们聊夭这么久了 [图片] 23:15 好的", "小琳 我们聊天这么久了 好的", "chat-ui=图片 chat-time=hh:mm")]
    [InlineData("妈妈 19:40 撤回了一条消息 妈妈 发错了", "妈妈 妈妈 发错了", "chat-ui=撤回 chat-time=hh:mm")]
    [InlineData("表弟 好嘞 语音通话 02:41 对方正在输入...", "表弟 好嘞", "chat-ui=语音通话")]
    [InlineData("你先弄 我急用 己读", "你先弄 我急用", "chat-ui=已读")]
    // A time inside a sentence is the message's own words.
    [InlineData("您尾号6612卡3月14日10:23支出128.50元", "您尾号6612卡3月14日10:23支出128.50元", "")]
    [InlineData("本周三9:00-15:00停水", "本周三9:00-15:00停水", "")]
    public void Pasted_text_is_prepared_and_its_marks_kept_as_cues(string pasted, string text, string cues)
    {
        var prepared = PastedText.Prepare(pasted);

        Assert.Equal(text, prepared.Text);
        Assert.Equal(cues, string.Join(' ', prepared.Cues));
    }

    [Fact]
    public void An_unsubscribe_line_weighs_against_a_scam_and_a_signature_names_a_sender()
    {
        var cues = PastedText.Prepare("【麦当劳】周一会员日 第二份半价 退订回T").Cues;

        Assert.Contains(cues, c => c.Name == "promo-sms" && c.Weight < 0);
        Assert.Contains(cues, c => c.Name == "sms-signature" && c.Weight > 0);
    }
}
