using KepuBot.Safety.Fraud;
using KepuBot.Safety.Rumors;
using KepuKnowledge;

namespace KepuBot.Safety;

/// <summary>
/// The editable cue lists behind rumor and fraud detection, loaded once from <c>safety/</c> in the lexicon folder
/// (<c>corpus/lexicon/safety/</c>; its README describes the format).
/// </summary>
/// <param name="Fraud">Fraud cue families.</param>
/// <param name="Rumor">Rumor cue families.</param>
/// <param name="Scenarios">Scam scenario vocabulary.</param>
public sealed record SafetyLexicon(CueBook Fraud, CueBook Rumor, FraudScenarios Scenarios)
{
    /// <summary>Loads the lists from the lexicon folder of <paramref name="paths"/>.</summary>
    public static SafetyLexicon Load(KnowledgePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Load(Path.Combine(paths.Lexicon, "safety"));
    }

    /// <summary>Loads the lists from <paramref name="folder"/>.</summary>
    public static SafetyLexicon Load(string folder) => new(
        CueBook.Load(Path.Combine(folder, "fraud-cues.txt"), FraudCueGroups.All),
        CueBook.Load(Path.Combine(folder, "rumor-cues.txt"), RumorCueGroups.All),
        FraudScenarios.Load(Path.Combine(folder, "fraud-scenarios.txt")));
}
