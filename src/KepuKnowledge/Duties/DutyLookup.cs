namespace KepuKnowledge.Duties;

/// <summary>A unit's duties: <c>{ "unit", "matchedUnits", "duties", "suggestions" }</c>.</summary>
/// <param name="Unit">The unit as asked.</param>
/// <param name="MatchedUnits">Document unit names it resolved to.</param>
/// <param name="Duties">Their duties, including those addressed to every unit, in document order.</param>
/// <param name="Suggestions">Closest known units when nothing matched.</param>
public sealed record DutyLookup(string Unit, IReadOnlyList<string> MatchedUnits, IReadOnlyList<Duty> Duties, IReadOnlyList<string> Suggestions);
