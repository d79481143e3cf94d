using Dapper;
using KepuBot.Channels.WeChat;

namespace KepuBot.Persistence.Stores;

/// <summary>
/// The reply store in the service's database, so a retry that reaches another instance is answered alike and the
/// message is processed once. The first delivery claims the message key (an insert that only one instance can win);
/// the others poll the row until the claimant stores its reply. Replies are kept five minutes, well past WeChat's
/// ~15 s retry window.
/// </summary>
/// <remarks>Used with SQLite too: one code path everywhere, and a retry after a restart is still recognised.</remarks>
internal sealed partial class DatabaseWeChatReplyStore(KepuDatabase database, TimeProvider clock, ILogger<DatabaseWeChatReplyStore> logger)
    : IWeChatReplyStore, IExpiringRecords
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(5);

    // A claim not completed within this belongs to an instance that died mid-answer; the message may then be taken
    // over. Far longer than any passive reply can take (WeChat waits 5 s), so a slow claimant is never doubled.
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);

    public async Task<string?> GetOrStartAsync(string messageKey, Func<Task<string?>> start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var owner = Guid.NewGuid().ToString("N");
        while (true)
        {
            if (await TryClaimAsync(messageKey, owner, cancellationToken))
            {
                // Not cancelled with this delivery: if WeChat gives up on it, the retries wait for this same answer.
                return await AnswerAndStoreAsync(messageKey, owner, start).WaitAsync(cancellationToken);
            }

            if (await StoredReplyAsync(messageKey, cancellationToken) is { } stored)
            {
                return stored.Reply;
            }

            await Task.Delay(PollEvery, cancellationToken);
        }
    }

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM wechat_replies WHERE expires_at <= @now",
                new { now = SqlValues.Time(now) },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);

    private async Task<bool> TryClaimAsync(string messageKey, string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimed = await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO wechat_replies (message_key, owner, done, reply, expires_at) VALUES (@messageKey, @owner, 0, NULL, @leaseEnd)
                ON CONFLICT (message_key) DO UPDATE SET owner = excluded.owner, done = 0, reply = NULL, expires_at = excluded.expires_at
                WHERE wechat_replies.expires_at <= @now
                """,
                new { messageKey, owner, leaseEnd = SqlValues.Time(now + ClaimLease), now = SqlValues.Time(now) },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
        return claimed == 1;
    }

    private async Task<string?> AnswerAndStoreAsync(string messageKey, string owner, Func<Task<string?>> start)
    {
        string? reply;
        try
        {
            reply = await start();
        }
        catch
        {
            // Nothing was answered: let a retry try again rather than wait for the lease to run out.
            await database.WriteAsync(
                (connection, transaction) => connection.ExecuteAsync(
                    "DELETE FROM wechat_replies WHERE message_key = @messageKey AND owner = @owner", new { messageKey, owner }, transaction),
                CancellationToken.None);
            throw;
        }

        try
        {
            await database.WriteAsync(
                (connection, transaction) => connection.ExecuteAsync(
                    "UPDATE wechat_replies SET done = 1, reply = @reply, expires_at = @keepUntil WHERE message_key = @messageKey AND owner = @owner",
                    new { messageKey, owner, reply, keepUntil = SqlValues.Time(clock.GetUtcNow() + Keep) },
                    transaction),
                CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // This delivery still gets its answer; retries keep waiting until WeChat stops retrying.
            LogStoreFailed(e, messageKey);
        }

        return reply;
    }

    private async Task<StoredReply?> StoredReplyAsync(string messageKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Done, string? Reply)>(new CommandDefinition(
            "SELECT done, reply FROM wechat_replies WHERE message_key = @messageKey AND expires_at > @now",
            new { messageKey, now = SqlValues.Time(clock.GetUtcNow()) },
            cancellationToken: cancellationToken));
        return rows.FirstOrDefault() is { Done: 1 } done ? new StoredReply(done.Reply) : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store the reply to WeChat message {MessageKey}; retries of it will not be answered")]
    private partial void LogStoreFailed(Exception exception, string messageKey);

    private sealed record StoredReply(string? Reply);
}
