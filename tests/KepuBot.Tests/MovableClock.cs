namespace KepuBot.Tests;

/// <summary>
/// The service clock for a running host: real time plus an offset the test moves, forward or back. Unlike
/// <c>FakeTimeProvider</c>, which stands still until told to move, it keeps running, as the service's background
/// work needs: rumor alert retries come due, WeChat reply claims expire, timers fire.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>Runs the clock from <paramref name="instant"/> (e.g. when a recorded vector was signed) until the handle is disposed.</summary>
    public IDisposable TravelTo(DateTimeOffset instant)
    {
        var before = Interlocked.Read(ref _offsetTicks);
        Interlocked.Exchange(ref _offsetTicks, (instant - System.GetUtcNow()).Ticks);
        return new Return(this, before);
    }

    private sealed class Return(MovableClock clock, long offsetTicks) : IDisposable
    {
        public void Dispose() => Interlocked.Exchange(ref clock._offsetTicks, offsetTicks);
    }
}
