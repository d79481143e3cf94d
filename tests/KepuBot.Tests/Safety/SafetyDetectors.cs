using KepuBot.Safety;
using KepuBot.Safety.Fraud;
using KepuBot.Safety.Rumors;

namespace KepuBot.Tests.Safety;

/// <summary>The detectors over the repository's own cue lists, loaded once for all safety tests.</summary>
internal static class SafetyDetectors
{
    public static SafetyLexicon Lexicon { get; } = SafetyLexicon.Load(RepoPaths.SafetyLexicon);

    public static FraudDetector Fraud { get; } = new(Lexicon);

    public static RumorDetector Rumor { get; } = new(Lexicon);
}
