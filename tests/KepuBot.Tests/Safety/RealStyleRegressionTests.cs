using KepuBot.Safety.Fraud;

namespace KepuBot.Tests.Safety;

/// <summary>
/// Textbook scams and scares as residents paste them (OCR'd chats, SMS, Weibo forwards) and ordinary posts and
/// promotions that share their words, from the case table Cases/real-style.tsv.
/// </summary>
public sealed class RealStyleRegressionTests
{
    public static TheoryData<string, string, string, string> Cases() => SafetyCases.Read("real-style.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_pasted_message_gets_the_expected_flag(string message, string expect, string level, string cue)
    {
        var verdict = SafetyDetectors.Reader.Read(message);
        var why = $"rumor={verdict.IsRumor} fraud={verdict.Fraud.Risk} [{string.Join(' ', verdict.Rumor.Cues)} | {string.Join(' ', verdict.Fraud.Cues)}]";

        Assert.True(expect == "rumor" == verdict.IsRumor, $"expected {expect}, got {why}");
        Assert.True(expect == "fraud" == (verdict.Fraud.Risk != FraudRisk.None), $"expected {expect}, got {why}");
        if (level != "-")
        {
            Assert.True(Enum.Parse<FraudRisk>(level, ignoreCase: true) == verdict.Fraud.Risk, $"expected {level}, got {why}");
        }

        if (cue != "-")
        {
            Assert.True(verdict.Fraud.Cues.Concat(verdict.Rumor.Cues).Any(c => c.Name == cue), $"cue {cue} missing: {why}");
        }
    }
}
