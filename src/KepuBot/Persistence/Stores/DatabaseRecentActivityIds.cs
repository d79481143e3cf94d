using Dapper;
using KepuBot.Channels.BotFramework;

namespace KepuBot.Persistence.Stores;

/// <summary>
/// Seen activity ids in the service's database: registering is one insert that only the first delivery wins, on any
/// instance. Used with SQLite too, so one code path serves every deployment.
/// </summary>
public sealed class DatabaseRecentActivityIds(KepuDatabase database, TimeProvider clock) : IRecentActivityIds, IExpiringRecords
{
    // Channels retry within seconds; ten minutes covers every retry policy seen.
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public async Task<bool> TryRegisterAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var registered = await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO seen_activities (activity_key, expires_at) VALUES (@key, @expires)
                ON CONFLICT (activity_key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_activities.expires_at <= @now
                """,
                new { key, expires = SqlValues.Time(now + Window), now = SqlValues.Time(now) },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
        return registered == 1;
    }

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM seen_activities WHERE expires_at <= @now",
                new { now = SqlValues.Time(now) },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
}
