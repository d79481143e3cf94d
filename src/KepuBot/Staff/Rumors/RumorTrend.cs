namespace KepuBot.Staff.Rumors;

/// <summary>Report counts per hour and per day, the windows staff read a claim's course in.</summary>
public static class RumorTrend
{
    // Staff and residents count days in Beijing time, not UTC.
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Counts for each of the last <paramref name="days"/> days, oldest first, today last.</summary>
    public static IReadOnlyList<TrendPoint> Daily(IEnumerable<DateTimeOffset> times, DateTimeOffset now, int days)
    {
        var local = now.ToOffset(Beijing);
        var today = new DateTimeOffset(local.Year, local.Month, local.Day, 0, 0, 0, Beijing);
        return Buckets(times, today.AddDays(-(days - 1)), TimeSpan.FromDays(1), days);
    }

    /// <summary>Counts for each of the last <paramref name="hours"/> hours, oldest first, this hour last.</summary>
    public static IReadOnlyList<TrendPoint> Hourly(IEnumerable<DateTimeOffset> times, DateTimeOffset now, int hours)
    {
        var local = now.ToOffset(Beijing);
        var hour = new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, Beijing);
        return Buckets(times, hour.AddHours(-(hours - 1)), TimeSpan.FromHours(1), hours);
    }

    private static TrendPoint[] Buckets(IEnumerable<DateTimeOffset> times, DateTimeOffset start, TimeSpan width, int count)
    {
        ArgumentNullException.ThrowIfNull(times);
        var counts = new int[count];
        foreach (var at in times)
        {
            var index = (int)Math.Floor((at - start) / width);
            if (index >= 0 && index < count)
            {
                counts[index]++;
            }
        }

        return counts.Select((n, i) => new TrendPoint(start + (width * i), n)).ToArray();
    }
}
