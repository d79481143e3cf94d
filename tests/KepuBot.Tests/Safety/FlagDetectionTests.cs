using KepuBot.Evaluation;
using KepuBot.Safety.Learned;

namespace KepuBot.Tests.Safety;

/// <summary>
/// Rumor and fraud detection over the labelled message files in eval/ that the classifier never learns from (the
/// shared development set and any set added beside it).
/// </summary>
public sealed class FlagDetectionTests
{
    public static TheoryData<string> FlagFiles() => LabelledFiles.In(Path.Combine(RepoPaths.Root, "eval"), "*flags*.tsv");

    [Theory]
    [MemberData(nameof(FlagFiles))]
    public void Rumor_and_fraud_detection_meet_the_targets(string file)
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
