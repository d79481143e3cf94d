namespace KepuBot.Channels.WeChat;

/// <summary>
/// The single-instance reply store. Entries live five minutes, well past WeChat's ~15 s retry window; a cap keeps a
/// flood of distinct messages from growing it without bound (past the cap, messages are still answered, just not deduplicated).
/// </summary>
internal sealed class InMemoryWeChatReplyStore(TimeProvider time) : IWeChatReplyStore
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 20_000;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private DateTimeOffset _nextSweep;

    public Task<string?> GetOrStartAsync(string messageKey, Func<Task<string?>> start, CancellationToken cancellationToken)
    {
        Lazy<Task<string?>> reply;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            Sweep(now);
            if (_entries.TryGetValue(messageKey, out var entry))
            {
                reply = entry.Reply;
            }
            else
            {
                // Lazy, so the work starts outside the lock and exactly once however many deliveries race here.
                reply = new Lazy<Task<string?>>(start);
                if (_entries.Count < MaxEntries)
                {
                    _entries[messageKey] = new Entry(reply, now + Keep);
                }
            }
        }

        // A delivery that gives up (WeChat closed the connection) leaves the shared work running for the retries.
        return reply.Value.WaitAsync(cancellationToken);
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + SweepEvery;
        foreach (var (key, entry) in _entries)
        {
            if (entry.Expires <= now)
            {
                _entries.Remove(key);
            }
        }
    }

    private sealed record Entry(Lazy<Task<string?>> Reply, DateTimeOffset Expires);
}
