namespace KepuBot.Safety.Rumors;

/// <summary>The groups a rumor cue family can belong to (the second word of its header in rumor-cues.txt).</summary>
public static class RumorCueGroups
{
    /// <summary>How the claim travels: hearsay, forwarding.</summary>
    public const string Relay = "relay";

    /// <summary>Asking whether a claim is true ("是真的吗", "靠谱吗").</summary>
    public const string Question = "question";

    /// <summary>How it is told: sensational, absolute, fake authority.</summary>
    public const string Style = "style";

    /// <summary>What is claimed: a health, food, disaster, technology, policy or crime scare, a miracle.</summary>
    public const string Content = "content";

    /// <summary>A causal assertion ("会导致", "能治").</summary>
    public const string Claim = "claim";

    /// <summary>Requests for information, official notices, good-news policy.</summary>
    public const string Negative = "negative";

    /// <summary>Every group.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Relay, Question, Style, Content, Claim, Negative,
    };
}
