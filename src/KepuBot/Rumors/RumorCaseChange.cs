using KepuBot.Persistence.Audit;

namespace KepuBot.Rumors;

/// <summary>A staff change to a case and its audit entry, committed together.</summary>
public sealed record RumorCaseChange(RumorCase After, AuditEntry Audit);
