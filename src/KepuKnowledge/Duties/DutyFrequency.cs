namespace KepuKnowledge.Duties;

/// <summary>A frequency requirement: at least <paramref name="Count"/> per <paramref name="Period"/> (每年不少于2次 → 2 per year).</summary>
/// <param name="Count">The minimum count.</param>
/// <param name="Period">year, quarter, month, week or day.</param>
/// <param name="Unit">What is counted: 次, 条, 人次, 场 ….</param>
public sealed record DutyFrequency(int Count, string Period, string Unit);
