namespace KepuBot.Tests.Channels;

/// <summary>
/// The real clock, which a test can move to another instant for a while, e.g. to when a recorded protocol vector was
/// signed. Only for hosts whose tests run one at a time (one xunit collection).
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    /// <summary>Runs the clock from <paramref name="instant"/> until the returned handle is disposed.</summary>
    public IDisposable TravelTo(DateTimeOffset instant)
    {
        _offset = instant - base.GetUtcNow();
        return new Return(this);
    }

    private sealed class Return(AdjustableClock clock) : IDisposable
    {
        public void Dispose() => clock._offset = TimeSpan.Zero;
    }
}
