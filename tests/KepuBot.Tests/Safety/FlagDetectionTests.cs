using KepuBot.Evaluation;
using KepuBot.Safety.Learned;

namespace KepuBot.Tests.Safety;

/// <summary>
/// A regression test: rumor and fraud detection over the labelled message files at the top of eval/ (the shared
/// development set, which the cue lists were tuned on). It catches a change that breaks what already worked; it says
/// nothing about new phrasing, which <see cref="BlindFlagSetTests"/> guards on the blind set.
/// </summary>
public sealed class FlagDetectionTests
{
    public static TheoryData<string> FlagFiles() => LabelledFiles.In(Path.Combine(RepoPaths.Root, "eval"), "*flags*.tsv");

    [Theory]
    [MemberData(nameof(FlagFiles))]
    public void Detection_on_the_tuning_set_does_not_regress(string file)
    {
        var cases = FlagCases.ReadFlags(Path.Combine(RepoPaths.Root, "eval", file));
        var report = FlagEvaluation.Run(cases, SafetyDetectors.Reader);

        foreach (var score in report.Labels)
        {
            Assert.True(score.Precision >= 0.9, $"{file} {score.Label} precision {score.Precision:P0}: {string.Join("; ", score.Errors)}");
            Assert.True(score.Recall >= 0.9, $"{file} {score.Label} recall {score.Recall:P0}: {string.Join("; ", score.Errors)}");
        }

        Assert.True(report.HighOnOrdinary.Count == 0, $"{file}: high-risk warnings on ordinary messages: {string.Join("; ", report.HighOnOrdinary)}");
    }
}
