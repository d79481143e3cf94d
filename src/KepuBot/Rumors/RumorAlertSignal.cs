namespace KepuBot.Rumors;

/// <summary>Wakes the alert sender as soon as an alert is queued, instead of at its next poll.</summary>
public sealed class RumorAlertSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Signals that an alert is waiting.</summary>
    public void Wake()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers every alert queued since.
        }
    }

    /// <summary>Waits for a signal or the timeout.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _signal.Dispose();
}
