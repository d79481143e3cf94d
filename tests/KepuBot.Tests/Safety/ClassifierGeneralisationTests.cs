using KepuBot.Evaluation;
using KepuBot.Safety.Learned;

namespace KepuBot.Tests.Safety;

/// <summary>
/// How the cue lists plus the classifier do on messages the classifier has not learned from: each labelled example
/// file is held out in turn, the classifier is trained on the others, and the held-out file is judged. Files were
/// written by different people at different times, so a held-out file is new phrasing to the classifier. It is a
/// regression test, not a blind measure: the cue lists were tuned on every one of these files. The blind threshold
/// test is <see cref="BlindFlagSetTests"/>.
/// </summary>
public sealed class ClassifierGeneralisationTests
{
    public static TheoryData<string> ExampleFiles() => LabelledFiles.In(Path.Combine(RepoPaths.SafetyLexicon, "examples"), "*.tsv");

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void A_file_held_out_of_the_classifier_does_not_regress(string file)
    {
        var folder = Path.Combine(RepoPaths.SafetyLexicon, "examples");
        var others = Directory.GetFiles(folder, "*.tsv")
            .Where(f => Path.GetFileName(f) != file)
            .SelectMany(LabelledMessage.LoadFile)
            .ToList();
        var reader = SafetyDetectors.ReaderTrainedOn(others);

        var report = FlagEvaluation.Run(FlagCases.ReadFlags(Path.Combine(folder, file)), reader);

        foreach (var score in report.Labels.Where(s => s.Label is "rumor" or "fraud-any"))
        {
            Assert.True(score.Precision >= 0.9, $"{file} {score.Label} precision {score.Precision:P0}: {string.Join("; ", score.Errors)}");
            Assert.True(score.Recall >= 0.9, $"{file} {score.Label} recall {score.Recall:P0}: {string.Join("; ", score.Errors)}");
        }

        Assert.True(report.HighOnOrdinary.Count == 0, $"{file}: high-risk warnings on ordinary messages: {string.Join("; ", report.HighOnOrdinary)}");
    }

    [Fact]
    public void The_model_alone_tells_scams_and_rumors_from_ordinary_questions()
    {
        var model = MessageClassifier.Train(SafetyDetectors.Examples);

        Assert.True(model.Predict("有个自称公安局的人打电话说我涉嫌洗钱，让我把存款转到安全账户").Fraud > 0.5);
        Assert.True(model.Predict("听说吃隔夜菜会致癌，是真的吗？").Rumor > 0.5);
        Assert.True(model.Predict("我们社区最近有没有科普讲座？").None > 0.5);
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var first = MessageClassifier.Train(SafetyDetectors.Examples).Predict("群里说明天要停水，是真的吗");
        var second = MessageClassifier.Train(SafetyDetectors.Examples).Predict("群里说明天要停水，是真的吗");

        Assert.Equal(first, second);
    }
}
