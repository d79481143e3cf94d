namespace KepuBot.Rumors;

/// <summary>One report of a case, as staff see it (the claim masked, no user id; the turn id links the stored turn).</summary>
public sealed record RumorReportEntry(string Id, string Claim, string Channel, DateTimeOffset At, string? DebunkId, string? TurnId);
