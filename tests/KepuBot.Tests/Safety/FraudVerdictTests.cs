using KepuBot.Safety.Fraud;

namespace KepuBot.Tests.Safety;

/// <summary>Fraud levels, scenarios and explanations from the case table Cases/fraud-levels.tsv.</summary>
public sealed class FraudVerdictTests
{
    public static TheoryData<string, string, string, string> Cases() => SafetyCases.Read("fraud-levels.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_message_gets_the_expected_level_scenario_and_explanation(string message, string level, string scenario, string cue)
    {
        var assessment = SafetyDetectors.Fraud.Assess(message);
        var cues = string.Join(' ', assessment.Cues);

        Assert.True(Enum.Parse<FraudRisk>(level, ignoreCase: true) == assessment.Risk, $"expected {level}, got {assessment.Risk} ({assessment.Score}) [{cues}]");
        if (scenario != "-")
        {
            Assert.Equal(scenario, assessment.Scenario);
        }

        if (cue != "-")
        {
            Assert.True(assessment.Cues.Any(c => c.Name == cue), $"cue {cue} missing from [{cues}]");
        }
    }

    [Fact]
    public void Each_cue_names_its_family_group_and_the_words_that_matched()
    {
        var assessment = SafetyDetectors.Fraud.Assess("有个自称公安局的人打电话说我涉嫌洗钱，让我把存款转到安全账户");

        var transfer = Assert.Single(assessment.Cues, c => c.Name == "transfer");
        Assert.Equal(FraudCueGroups.Demand, transfer.Group);
        Assert.Contains("存款", transfer.Match, StringComparison.Ordinal);
        Assert.Contains(assessment.Cues, c => c.Group == FraudCueGroups.Authority);
    }

    [Fact]
    public void Telling_that_nothing_was_handed_over_keeps_a_scam_below_high()
    {
        const string Scam = "短信说我的ETC失效了，让我点链接填银行卡号和验证码";

        Assert.Equal(FraudRisk.High, SafetyDetectors.Fraud.Assess(Scam).Risk);
        Assert.Equal(FraudRisk.Medium, SafetyDetectors.Fraud.Assess(Scam + "，我还没点").Risk);
    }

    [Fact]
    public void A_demand_nobody_is_making_is_no_risk()
    {
        Assert.Equal(FraudRisk.None, SafetyDetectors.Fraud.Assess("手机银行转账要输验证码吗").Risk);
        Assert.Equal(FraudRisk.High, SafetyDetectors.Fraud.Assess("客服打电话让我把手机上的验证码念给他").Risk);
    }
}
