using KepuBot.Rumors;

namespace KepuBot.Staff.Rumors;

/// <summary>A case in the queue list: the case, whether it is spreading now, and reports per day for the last week.</summary>
public sealed record RumorCaseView(RumorCase Case, bool Spreading, IReadOnlyList<int> LastWeek);
