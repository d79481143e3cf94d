using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using KepuBot.Channels.BotFramework;

namespace KepuBot.Channels.DirectLine;

/// <summary>
/// Conversations kept in process memory. Fine for one instance; a multi-instance deployment moves this to the shared
/// database (history) plus a notification channel (watchers), because a client may reach any instance.
/// </summary>
public sealed class InMemoryConversationLog(TimeProvider clock) : IConversationLog
{
    // Bounds memory: an idle conversation is dropped after a day, a runaway one stops growing.
    private static readonly TimeSpan IdleLimit = TimeSpan.FromDays(1);
    private const int MaxActivities = 2000;
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private DateTimeOffset _lastSweep = clock.GetUtcNow();

    public Task<bool> StartAsync(string conversationId, CancellationToken cancellationToken)
    {
        EvictIdle();
        var created = false;
        _conversations.GetOrAdd(conversationId, _ =>
        {
            created = true;
            return new Conversation(clock.GetUtcNow());
        });
        return Task.FromResult(created);
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.ContainsKey(conversationId));

    public Task<int> CountAsync(string conversationId, CancellationToken cancellationToken)
    {
        var conversation = Get(conversationId);
        lock (conversation.Gate)
        {
            return Task.FromResult(conversation.Activities.Count);
        }
    }

    public Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var conversation = Get(conversationId);
        lock (conversation.Gate)
        {
            var index = conversation.Activities.Count;
            if (index >= MaxActivities)
            {
                throw new InvalidOperationException("conversation is full");
            }

            var stored = activity with
            {
                Id = $"{conversationId}|{index:D7}",
                Timestamp = clock.GetUtcNow(),
            };
            conversation.Activities.Add(stored);
            conversation.LastActive = clock.GetUtcNow();

            // Under the lock, so every watcher sees activities in log order.
            var frame = new ActivitySet([stored], Watermark(index + 1));
            foreach (var watcher in conversation.Watchers)
            {
                watcher.TryWrite(frame);
            }

            return Task.FromResult(stored);
        }
    }

    public Task PublishTransientAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var conversation = Get(conversationId);
        lock (conversation.Gate)
        {
            foreach (var watcher in conversation.Watchers)
            {
                watcher.TryWrite(new ActivitySet([activity]));
            }
        }

        return Task.CompletedTask;
    }

    public Task<ActivitySet> ReadAsync(string conversationId, int watermark, CancellationToken cancellationToken)
    {
        var conversation = Get(conversationId);
        lock (conversation.Gate)
        {
            return Task.FromResult(Since(conversation, watermark));
        }
    }

    public async IAsyncEnumerable<ActivitySet> WatchAsync(string conversationId, int watermark, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var conversation = Get(conversationId);
        var frames = Channel.CreateUnbounded<ActivitySet>(new UnboundedChannelOptions { SingleReader = true });
        ActivitySet replay;
        lock (conversation.Gate)
        {
            replay = Since(conversation, watermark);
            conversation.Watchers.Add(frames.Writer);
        }

        try
        {
            if (replay.Activities.Count > 0)
            {
                yield return replay;
            }

            await foreach (var frame in frames.Reader.ReadAllAsync(cancellationToken))
            {
                yield return frame;
            }
        }
        finally
        {
            lock (conversation.Gate)
            {
                conversation.Watchers.Remove(frames.Writer);
            }
        }
    }

    private static ActivitySet Since(Conversation conversation, int watermark)
    {
        var from = Math.Clamp(watermark, 0, conversation.Activities.Count);
        return new ActivitySet([.. conversation.Activities.Skip(from)], Watermark(conversation.Activities.Count));
    }

    private static string Watermark(int position) => position.ToString(CultureInfo.InvariantCulture);

    private Conversation Get(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var conversation)
            ? conversation
            : throw new KeyNotFoundException("no such conversation");

    private void EvictIdle()
    {
        var now = clock.GetUtcNow();
        if (now - _lastSweep < SweepEvery)
        {
            return;
        }

        _lastSweep = now;
        foreach (var (id, conversation) in _conversations)
        {
            if (now - conversation.LastActive > IdleLimit && conversation.Watchers.Count == 0)
            {
                _conversations.TryRemove(id, out _);
            }
        }
    }

    private sealed class Conversation(DateTimeOffset started)
    {
        public Lock Gate { get; } = new();

        public List<Activity> Activities { get; } = [];

        public List<ChannelWriter<ActivitySet>> Watchers { get; } = [];

        public DateTimeOffset LastActive { get; set; } = started;
    }
}
