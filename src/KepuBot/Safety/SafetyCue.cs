namespace KepuBot.Safety;

/// <summary>A cue that fired while judging a message, for explaining the verdict.</summary>
/// <param name="Name">Cue name, e.g. "hearsay", "asks-transfer".</param>
/// <param name="Match">The text that matched.</param>
/// <param name="Weight">How much it counted.</param>
public sealed record SafetyCue(string Name, string Match, double Weight);
