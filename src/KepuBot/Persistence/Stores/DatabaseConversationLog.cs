using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using Dapper;
using KepuBot.Channels.Activities;
using KepuBot.Channels.DirectLine;
using KepuBot.Safety;

namespace KepuBot.Persistence.Stores;

/// <summary>
/// Direct Line conversations in the service's database, so a client may reach any instance: a conversation row holds
/// the activity count, and an append takes the next position under that row's lock, in one transaction. Watchers
/// are woken through the <see cref="ChangeFeed"/> (NOTIFY from other instances) and read what they have not sent
/// yet; a slow poll covers lost notifications. Typing indicators travel only through the feed, never stored. What a
/// user types is stored with personal numbers masked, like every other record of the service; the bot's replies are
/// stored as sent, since the client reads them from here.
/// </summary>
/// <remarks>
/// Used with SQLite too: one code path, exercised by every channel test, and conversations outlive a restart.
/// </remarks>
public sealed class DatabaseConversationLog(KepuDatabase database, ChangeFeed feed, TimeProvider clock) : IConversationLog, IExpiringRecords
{
    // Bounds storage: an idle conversation goes after a day, a runaway one stops growing.
    private static readonly TimeSpan IdleLimit = TimeSpan.FromDays(1);
    private const int MaxActivities = 2000;

    // Signal payloads: "a<count>" after an append, "t<json>" for a transient activity.
    private const char Appended = 'a';
    private const char Transient = 't';

    /// <summary>How long a watcher waits without a signal before re-reading anyway, in case a notification was lost.</summary>
    internal TimeSpan PollEvery { get; init; } = TimeSpan.FromSeconds(5);

    public async Task<bool> StartAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = SqlValues.Time(clock.GetUtcNow());
        var created = await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO directline_conversations (id, started_at, last_active, activity_count) VALUES (@conversationId, @now, @now, 0) ON CONFLICT (id) DO NOTHING",
                new { conversationId, now },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
        return created == 1;
    }

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        await CountOrNullAsync(conversationId, cancellationToken) is not null;

    public async Task<int> CountAsync(string conversationId, CancellationToken cancellationToken) =>
        await CountOrNullAsync(conversationId, cancellationToken) ?? throw new KeyNotFoundException("no such conversation");

    public async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (stored, count) = await database.WriteAsync(
            async (connection, transaction) =>
            {
                // The UPDATE locks the conversation row, so concurrent appends (from any instance) take turns.
                var count = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    "UPDATE directline_conversations SET activity_count = activity_count + 1, last_active = @now WHERE id = @conversationId AND activity_count < @max RETURNING activity_count",
                    new { conversationId, now = SqlValues.Time(now), max = MaxActivities },
                    transaction,
                    cancellationToken: cancellationToken));
                if (count is not { } position)
                {
                    throw await CountOrNullAsync(connection, transaction, conversationId, cancellationToken) is null
                        ? new KeyNotFoundException("no such conversation")
                        : new InvalidOperationException("conversation is full");
                }

                var stored = Masked(activity with { Id = $"{conversationId}|{position - 1:D7}", Timestamp = now });
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO directline_activities (conversation_id, position, body) VALUES (@conversationId, @position, @body)",
                    new { conversationId, position = position - 1, body = JsonSerializer.Serialize(stored, ActivityJson.Options) },
                    transaction,
                    cancellationToken: cancellationToken));
                return (stored, position);
            },
            cancellationToken);
        await feed.PublishAsync(Topic(conversationId), Appended + count.ToString(CultureInfo.InvariantCulture), CancellationToken.None);
        return stored;
    }

    public Task PublishTransientAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        feed.PublishAsync(Topic(conversationId), Transient + JsonSerializer.Serialize(activity, ActivityJson.Options), cancellationToken);

    public async Task<ActivitySet> ReadAsync(string conversationId, int watermark, CancellationToken cancellationToken)
    {
        var count = await CountAsync(conversationId, cancellationToken);
        return await ReadRangeAsync(conversationId, Math.Clamp(watermark, 0, count), count, cancellationToken);
    }

    public async IAsyncEnumerable<ActivitySet> WatchAsync(string conversationId, int watermark, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var signals = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });

        // Subscribed before the first read, so nothing appended in between goes unnoticed.
        using var subscription = feed.Subscribe(Topic(conversationId), signal => signals.Writer.TryWrite(signal));
        var replay = await ReadAsync(conversationId, watermark, cancellationToken);
        var sent = int.Parse(replay.Watermark!, CultureInfo.InvariantCulture);
        if (replay.Activities.Count > 0)
        {
            yield return replay;
        }

        while (true)
        {
            var signal = await NextSignalAsync(signals.Reader, cancellationToken);
            if (signal is [Transient, .. var json])
            {
                yield return new ActivitySet([JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options)!]);
                continue;
            }

            // Up to the appended position only, so a typing indicator published after that append stays behind it.
            var upTo = signal is [Appended, .. var position] ? int.Parse(position, CultureInfo.InvariantCulture) : await CountAsync(conversationId, cancellationToken);
            if (upTo > sent)
            {
                var page = await ReadRangeAsync(conversationId, sent, upTo, cancellationToken);
                sent = upTo;
                yield return page;
            }
        }
    }

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM directline_conversations WHERE last_active < @cutoff",
                new { cutoff = SqlValues.Time(now - IdleLimit) },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);

    private static string Topic(string conversationId) => "directline:" + conversationId;

    private static Activity Masked(Activity activity) =>
        activity.From?.Role == "user" && activity.Text is { } text ? activity with { Text = PersonalDataMasker.Mask(text) } : activity;

    /// <summary>The next signal, or a "re-read" (null) when none came for a while.</summary>
    private async Task<string?> NextSignalAsync(ChannelReader<string?> signals, CancellationToken cancellationToken)
    {
        if (signals.TryRead(out var ready))
        {
            return ready;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(PollEvery);
        try
        {
            return await signals.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private async Task<ActivitySet> ReadRangeAsync(string conversationId, int from, int to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var bodies = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT body FROM directline_activities WHERE conversation_id = @conversationId AND position >= @from AND position < @to ORDER BY position",
            new { conversationId, from, to },
            cancellationToken: cancellationToken));
        return new ActivitySet([.. bodies.Select(b => JsonSerializer.Deserialize<Activity>(b, ActivityJson.Options)!)], to.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<int?> CountOrNullAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await CountOrNullAsync(connection, null, conversationId, cancellationToken);
    }

    private static async Task<int?> CountOrNullAsync(DbConnection connection, DbTransaction? transaction, string conversationId, CancellationToken cancellationToken) =>
        (int?)await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT activity_count FROM directline_conversations WHERE id = @conversationId",
            new { conversationId },
            transaction,
            cancellationToken: cancellationToken));
}
