namespace KepuBot.Rumors;

/// <summary>One page of the queue and how many cases match in all.</summary>
public sealed record RumorCasePage(long Total, IReadOnlyList<RumorCase> Cases);
