using System.Collections.Concurrent;

namespace KepuBot.Channels.BotFramework;

/// <summary>
/// Remembers recently seen activity ids so a channel's redelivery (after a timeout on its side) is processed once.
/// In memory: a multi-instance deployment needs sticky routing or a shared store for this.
/// </summary>
public sealed class RecentActivityIds(TimeProvider clock)
{
    // Channels retry within seconds; ten minutes covers every retry policy seen.
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private const int PruneEvery = 1024;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private int _added;

    /// <summary>True the first time a key is seen within the window.</summary>
    public bool TryRegister(string key)
    {
        var now = clock.GetUtcNow();
        if (Interlocked.Increment(ref _added) % PruneEvery == 0)
        {
            foreach (var (old, seenAt) in _seen)
            {
                if (now - seenAt > Window)
                {
                    _seen.TryRemove(old, out _);
                }
            }
        }

        // TryAdd/TryUpdate rather than AddOrUpdate: its delegates can run on a thread that then loses the race,
        // which would let two simultaneous deliveries both through.
        if (_seen.TryAdd(key, now))
        {
            return true;
        }

        return _seen.TryGetValue(key, out var at) && now - at > Window && _seen.TryUpdate(key, now, at);
    }
}
