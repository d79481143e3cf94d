using KepuBot.Safety.Fraud;

namespace KepuBot.Tests.Safety;

/// <summary>A forwarded claim that merely mentions payments is a rumor to check; a pitch or a demand stays a scam.</summary>
public sealed class SafetyReaderTests
{
    private static (bool Rumor, FraudRisk Risk) Read(string message)
    {
        var verdict = SafetyDetectors.Reader.Read(message);
        return (verdict.IsRumor, verdict.Fraud.Risk);
    }

    [Theory]
    [InlineData("群里有个视频说用手机扫码付款会被偷走指纹和人脸 是不是真的啊")]
    [InlineData("朋友圈都在转：有人在ATM机插卡口装针头，扎手指传播艾滋病，大家取钱一定要看清楚")]
    public void A_forwarded_scare_about_others_is_a_rumor_not_a_scam(string message)
    {
        Assert.Equal((true, FraudRisk.None), Read(message));
    }

    [Theory]
    [InlineData("有个电话推销说他们的保健酒能治好我的风湿，问我要不要订")]
    [InlineData("有个自称公安的人打电话说我涉嫌洗钱，让我把钱转到安全账户，这是真的吗")]
    public void A_pitch_or_a_demand_to_the_writer_stays_a_scam(string message)
    {
        var (rumor, risk) = Read(message);

        Assert.False(rumor);
        Assert.NotEqual(FraudRisk.None, risk);
    }

    [Theory]
    [InlineData("帮我写一份周末家庭聚餐的菜单，八个人")]
    [InlineData("帮我把这段话翻译成日语：谢谢你的帮助")]
    [InlineData("领导让我明天去区里参加培训，要带笔记本电脑吗")]
    [InlineData("帮我写一首夸老伴的打油诗")]
    public void An_ordinary_request_that_shares_words_with_scams_is_neither(string message)
    {
        var verdict = SafetyDetectors.Reader.Read(message);

        Assert.False(verdict.IsRumor, string.Join(' ', verdict.Rumor.Cues));
        Assert.Equal(FraudRisk.None, verdict.Fraud.Risk);
    }
}
