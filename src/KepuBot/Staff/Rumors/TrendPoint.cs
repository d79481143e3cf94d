namespace KepuBot.Staff.Rumors;

/// <summary>Reports in one hour or day starting at <paramref name="Start"/> (Beijing time).</summary>
public sealed record TrendPoint(DateTimeOffset Start, int Count);
