namespace KepuKnowledge.Tests;

/// <summary>A clock stopped on one day, so review dates are judged the same whenever the tests run.</summary>
internal sealed class TestClock(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
