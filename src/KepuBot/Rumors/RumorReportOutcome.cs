namespace KepuBot.Rumors;

/// <summary>What recording a report did.</summary>
/// <param name="CaseId">The case it joined or opened.</param>
/// <param name="NewCase">Whether it opened a new case.</param>
/// <param name="BecameSpreading">Whether this report made the case cross the spreading threshold.</param>
public sealed record RumorReportOutcome(string CaseId, bool NewCase, bool BecameSpreading);
