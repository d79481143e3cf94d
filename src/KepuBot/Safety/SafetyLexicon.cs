using KepuBot.Safety.Fraud;
using KepuBot.Safety.Pasted;
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
/// <param name="Sites">Sites of well-known companies and institutions (none when the folder has no list).</param>
public sealed record SafetyLexicon(CueBook Fraud, CueBook Rumor, FraudScenarios Scenarios, OfficialSites Sites)
{
    /// <summary>Loads the lists from the lexicon folder of <paramref name="paths"/>.</summary>
    public static SafetyLexicon Load(KnowledgePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Load(Path.Combine(paths.Lexicon, "safety"));
    }

    /// <summary>Loads the lists from <paramref name="folder"/>.</summary>
    public static SafetyLexicon Load(string folder)
    {
        var sites = Path.Combine(folder, "official-sites.txt");
        return new(
            CueBook.Load(Path.Combine(folder, "fraud-cues.txt"), FraudCueGroups.All),
            CueBook.Load(Path.Combine(folder, "rumor-cues.txt"), RumorCueGroups.All),
            FraudScenarios.Load(Path.Combine(folder, "fraud-scenarios.txt")),
            File.Exists(sites) ? OfficialSites.Load(sites) : OfficialSites.None);
    }
}
