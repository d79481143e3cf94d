using KepuBot.Channels.Activities;

namespace KepuBot.Channels.DirectLine;

/// <summary>
/// The Direct Line conversations and their activity history. Activities get a server id and a position; the
/// watermark a client echoes back is the number of activities it has seen.
/// </summary>
public interface IConversationLog
{
    /// <summary>Starts a conversation; false when it had already started.</summary>
    Task<bool> StartAsync(string conversationId, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The number of stored activities, i.e. the watermark after the latest one.</summary>
    Task<int> CountAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores an activity with a new id and timestamp (a user's text with personal numbers masked) and pushes it to
    /// watchers; returns the stored copy.
    /// </summary>
    Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Pushes an activity to current watchers only (typing indicators are never stored).</summary>
    Task PublishTransientAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Activities from position <paramref name="watermark"/> on, and the new watermark.</summary>
    Task<ActivitySet> ReadAsync(string conversationId, int watermark, CancellationToken cancellationToken);

    /// <summary>Everything from <paramref name="watermark"/> on, then each new activity as it arrives.</summary>
    IAsyncEnumerable<ActivitySet> WatchAsync(string conversationId, int watermark, CancellationToken cancellationToken);
}
