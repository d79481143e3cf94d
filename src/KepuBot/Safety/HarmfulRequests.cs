using KepuKnowledge;

namespace KepuBot.Safety;

/// <summary>
/// Requests the service refuses whatever the knowledge holds — spying on someone, breaking into accounts, making
/// drugs or weapons, forging documents or seals, impersonating someone, cheating in exams — from the editable cue
/// list <c>corpus/lexicon/harmful-requests.txt</c>. Asking how to protect oneself from the same things weighs against.
/// </summary>
public sealed class HarmfulRequests
{
    private const string Harmful = "harmful";
    private const string Negative = "negative";
    private const double Threshold = 1.0;

    private readonly CueBook _cues;

    /// <summary>Loads the list from the lexicon folder.</summary>
    public HarmfulRequests(KnowledgePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _cues = CueBook.Load(Path.Combine(paths.Lexicon, "harmful-requests.txt"), new HashSet<string>(StringComparer.Ordinal) { Harmful, Negative });
    }

    /// <summary>The cues that make <paramref name="message"/> a request to refuse, or none.</summary>
    public IReadOnlyList<SafetyCue> Read(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var cues = _cues.Fire(SafetyText.Prepare(message));
        return cues.Any(c => c.Group == Harmful) && cues.Sum(c => c.Weight) >= Threshold ? cues : [];
    }
}
