using KepuBot.Safety;
using KepuBot.Safety.Fraud;
using KepuBot.Safety.Learned;
using KepuBot.Safety.Rumors;

namespace KepuBot.Tests.Safety;

/// <summary>The detectors over the repository's own cue lists and examples, loaded once for all safety tests.</summary>
internal static class SafetyDetectors
{
    public static SafetyLexicon Lexicon { get; } = SafetyLexicon.Load(RepoPaths.SafetyLexicon);

    public static FraudDetector Fraud { get; } = new(Lexicon);

    public static RumorDetector Rumor { get; } = new(Lexicon);

    public static IReadOnlyList<LabelledMessage> Examples { get; } = LabelledMessage.LoadFolder(Path.Combine(RepoPaths.SafetyLexicon, "examples"));

    public static SafetyReader Reader { get; } = ReaderTrainedOn(Examples);

    public static SafetyReader ReaderTrainedOn(IReadOnlyList<LabelledMessage> examples) =>
        new(Rumor, Fraud, MessageClassifier.Train(examples), Lexicon);
}
