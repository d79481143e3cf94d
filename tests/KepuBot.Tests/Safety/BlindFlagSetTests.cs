using KepuBot.Evaluation;
using KepuBot.Safety.Learned;

namespace KepuBot.Tests.Safety;

/// <summary>
/// The threshold test for rumor and fraud detection: <c>eval/holdout5/flags.tsv</c> was written blind (its author saw no
/// code, cue list or other set) and is kept out of the classifier's examples and out of cue tuning, so it is the set
/// whose numbers say how detection does on new phrasing. Each threshold sits just under the value measured on it
/// (2026-12-07): losing one more case than that fails.
/// </summary>
public sealed class BlindFlagSetTests
{
    // Measured: rumor 98.1 / 96.4, fraud at any level 97.0 / 98.5, fraud high 100 / 80.0 (precision / recall, %).
    private const double RumorPrecision = 0.98;
    private const double RumorRecall = 0.96;
    private const double FraudAnyPrecision = 0.96;
    private const double FraudAnyRecall = 0.98;
    private const double FraudHighPrecision = 0.97;
    private const double FraudHighRecall = 0.79;

    [Fact]
    public void Detection_on_the_blind_set_holds_its_measured_level()
    {
        var file = Path.Combine(RepoPaths.Root, "eval", "holdout5", "flags.tsv");
        var report = FlagEvaluation.Run(FlagCases.ReadFlags(file), SafetyDetectors.Reader);

        AssertAtLeast(report["rumor"], precision: RumorPrecision, recall: RumorRecall);
        AssertAtLeast(report["fraud-any"], precision: FraudAnyPrecision, recall: FraudAnyRecall);
        AssertAtLeast(report["fraud"], precision: FraudHighPrecision, recall: FraudHighRecall);
        Assert.True(report.HighOnOrdinary.Count == 0, $"high-risk warnings on ordinary messages: {string.Join("; ", report.HighOnOrdinary)}");
    }

    private static void AssertAtLeast(FlagEvaluation.Scores score, double precision, double recall)
    {
        Assert.True(score.Precision >= precision, $"holdout5 {score.Label} precision {score.Precision:P1} < {precision:P1}: {string.Join("; ", score.Errors)}");
        Assert.True(score.Recall >= recall, $"holdout5 {score.Label} recall {score.Recall:P1} < {recall:P1}: {string.Join("; ", score.Errors)}");
    }
}
