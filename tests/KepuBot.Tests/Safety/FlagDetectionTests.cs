using KepuBot.Evaluation;
using KepuBot.Safety;
using KepuBot.Safety.Fraud;
using KepuBot.Safety.Rumors;

namespace KepuBot.Tests.Safety;

/// <summary>Rumor and fraud detection over the labelled message files in eval/ (extendable without C#).</summary>
public sealed class FlagDetectionTests
{
    private static readonly SafetyLexicon Lexicon = SafetyLexicon.Load(RepoPaths.SafetyLexicon);

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
        var report = FlagEvaluation.Run(cases, new RumorDetector(Lexicon), new FraudDetector(Lexicon));

        foreach (var score in report.Labels)
        {
            Assert.True(score.Precision >= 0.9, $"{file} {score.Label} precision {score.Precision:P0}: {string.Join("; ", score.Errors)}");
            Assert.True(score.Recall >= 0.9, $"{file} {score.Label} recall {score.Recall:P0}: {string.Join("; ", score.Errors)}");
        }

        Assert.True(report.HighOnOrdinary.Count == 0, $"{file}: high-risk warnings on ordinary messages: {string.Join("; ", report.HighOnOrdinary)}");
    }
}
