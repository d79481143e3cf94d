using KepuBot.Evaluation;
using KepuBot.Safety.Fraud;
using KepuBot.Safety.Rumors;

namespace KepuBot.Tests.Safety;

/// <summary>Rumor and fraud detection over the labelled message files in eval/ (extendable without C#).</summary>
public sealed class FlagDetectionTests
{
    public static TheoryData<string> FlagFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "eval"), "*flags*.tsv").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FlagFiles))]
    public void Rumor_and_fraud_detection_meet_the_targets(string file)
    {
        var cases = TsvCases.ReadFlags(Path.Combine(RepoPaths.Root, "eval", file));
        var scores = FlagEvaluation.Run(cases, new RumorDetector(), new FraudDetector());

        foreach (var score in scores)
        {
            Assert.True(score.Precision >= 0.9, $"{file} {score.Label} precision {score.Precision:P0}: {string.Join("; ", score.Errors)}");
            Assert.True(score.Recall >= 0.9, $"{file} {score.Label} recall {score.Recall:P0}: {string.Join("; ", score.Errors)}");
        }
    }

    [Theory]
    [InlineData("怎样才能防范电信诈骗？")]
    [InlineData("【某银行】您尾号1234的账户于11月20日转入工资5000.00元，余额12345.67元。")]
    [InlineData("孙子想参加青少年科技创新大赛，在哪里报名？")]
    public void Ordinary_messages_never_raise_a_high_risk_warning(string message)
    {
        Assert.NotEqual(FraudRisk.High, new FraudDetector().Assess(message).Risk);
    }

    [Fact]
    public void The_verdict_explains_itself_with_the_cues_and_scenario()
    {
        var assessment = new FraudDetector().Assess("網店客服打電話說要給我退款，讓我下載一個會議軟件共享屏幕");
        Assert.Equal(FraudRisk.High, assessment.Risk);
        Assert.Equal("refund-customer-service", assessment.Scenario);
        Assert.Contains(assessment.Cues, c => c.Name == "screen-share");
    }
}
