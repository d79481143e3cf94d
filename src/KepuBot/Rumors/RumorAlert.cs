namespace KepuBot.Rumors;

/// <summary>A spreading alert waiting in the outbox for webhook delivery.</summary>
public sealed record RumorAlert(string Id, string CaseId, long ReportsInWindow, DateTimeOffset CreatedAt, int Attempts);
