namespace KepuBot.Rumors;

/// <summary>An existing case a new report might belong to: its debunk and the distinct canonical claims seen in it.</summary>
public sealed record RumorCaseCandidate(string Id, string? DebunkId, IReadOnlyList<string> Variants);
