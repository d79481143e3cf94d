namespace KepuBot.Safety;

/// <summary>A cue that fired while judging a message, for explaining the verdict.</summary>
/// <param name="Name">Cue family name, e.g. "hearsay", "transfer".</param>
/// <param name="Group">The role the family plays in the score, e.g. "relay", "demand".</param>
/// <param name="Match">The text that matched (normalized: Simplified, half-width, no spaces).</param>
/// <param name="Weight">How much it counted.</param>
public sealed record SafetyCue(string Name, string Group, string Match, double Weight)
{
    /// <summary>"name=match", the form evaluation reports and logs show.</summary>
    public override string ToString() => $"{Name}={Match}";
}
