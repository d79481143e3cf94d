namespace KepuBot.Tests.Channels;

/// <summary>A clock stopped at one instant (timers still run on real time).</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
