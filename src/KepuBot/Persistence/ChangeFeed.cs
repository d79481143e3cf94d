using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;

namespace KepuBot.Persistence;

/// <summary>
/// Tells interested parties in every instance that something under a topic changed (e.g. a Direct Line conversation
/// got an activity). A signal is a hint to re-read the database, which stays the only source of truth: subscribers
/// must cope with duplicate signals and with a <c>null</c> signal, which means "signals may have been missed, re-read"
/// (sent after the cross-instance listener reconnects). Delivery in this instance is immediate and in publishing
/// order; other instances get the signal through PostgreSQL NOTIFY.
/// </summary>
public sealed partial class ChangeFeed(KepuDatabase database, ILogger<ChangeFeed> logger)
{
    /// <summary>The PostgreSQL notification channel every instance listens on.</summary>
    public const string Channel = "kepubot_changes";

    // NOTIFY payloads must stay under 8000 bytes; longer signals go out without their payload.
    private const int MaxPayloadBytes = 7000;
    private const char Separator = '\n';

    private readonly string _origin = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, ImmutableArray<Action<string?>>> _subscribers = new(StringComparer.Ordinal);

    /// <summary>Calls <paramref name="onSignal"/> for each signal on <paramref name="topic"/> until disposed.</summary>
    public IDisposable Subscribe(string topic, Action<string?> onSignal)
    {
        _subscribers.AddOrUpdate(topic, _ => [onSignal], (_, list) => list.Add(onSignal));
        return new Subscription(() => Unsubscribe(topic, onSignal));
    }

    /// <summary>Signals subscribers here at once, then the other instances.</summary>
    public async Task PublishAsync(string topic, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(payload);
        Deliver(topic, payload);
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        var remotePayload = Encoding.UTF8.GetByteCount(payload) + topic.Length > MaxPayloadBytes ? string.Empty : payload;
        try
        {
            await database.NotifyAsync(Channel, string.Join(Separator, _origin, topic, remotePayload), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change itself is committed; other instances' subscribers still find it when they next re-read.
            LogNotifyFailed(e, topic);
        }
    }

    /// <summary>A notification from another instance (ours come back too and are skipped: they were delivered at once).</summary>
    internal void OnNotification(string message)
    {
        var parts = message.Split(Separator, 3);
        if (parts.Length == 3 && parts[0] != _origin)
        {
            Deliver(parts[1], parts[2].Length == 0 ? null : parts[2]);
        }
    }

    /// <summary>Asks every subscriber to re-read: notifications sent while the listener was away are lost.</summary>
    internal void Resync()
    {
        foreach (var topic in _subscribers.Keys)
        {
            Deliver(topic, null);
        }
    }

    private void Deliver(string topic, string? payload)
    {
        if (!_subscribers.TryGetValue(topic, out var handlers))
        {
            return;
        }

        foreach (var handler in handlers)
        {
            handler(payload);
        }
    }

    private void Unsubscribe(string topic, Action<string?> onSignal)
    {
        while (_subscribers.TryGetValue(topic, out var list))
        {
            var remaining = list.Remove(onSignal);
            var done = remaining.IsEmpty
                ? _subscribers.TryRemove(new KeyValuePair<string, ImmutableArray<Action<string?>>>(topic, list))
                : _subscribers.TryUpdate(topic, remaining, list);
            if (done)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not notify other instances of a change to {Topic}")]
    private partial void LogNotifyFailed(Exception exception, string topic);

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }
}
