using Dapper;
using KepuBot.Conversation;
using KepuBot.Persistence;
using KepuBot.Persistence.Stores;
using Microsoft.Data.Sqlite;

namespace KepuBot.Tests.Persistence;

public sealed class SchemaMigrationTests
{
    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Instances_starting_together_migrate_once_and_all_work(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instances = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => db.StartInstanceAsync()));
        var turn = new TurnRecord("c1", "api", "h", "问题", "问题", "答复", Intent.Policy, true, "[]", false, false, DateTimeOffset.UtcNow);

        // The first write of each instance races to migrate the empty database.
        var ids = await Task.WhenAll(instances.Select(i => new DatabaseConversationStore(i.Database).RecordTurnAsync(turn, CancellationToken.None)));

        Assert.Equal(4, ids.Distinct().Count());
        await using var connection = await instances[0].Database.OpenAsync(CancellationToken.None);
        var versions = (await connection.QueryAsync<long>("SELECT version FROM schema_version ORDER BY version")).ToList();
        Assert.NotEmpty(SchemaMigrations.Versions);
        Assert.Equal(SchemaMigrations.Versions, versions);
    }

    [Fact]
    public async Task A_database_written_before_schema_versioning_keeps_its_turns()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Directory.CreateDirectory(Path.GetDirectoryName(db.Location)!);
        await using (var old = new SqliteConnection($"Data Source={db.Location}"))
        {
            // The tables as the first release created them, with one stored turn.
            await old.ExecuteAsync("""
                CREATE TABLE conversations (id TEXT PRIMARY KEY, channel TEXT NOT NULL, user_hash TEXT NOT NULL, started_at TEXT NOT NULL);
                CREATE TABLE turns (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, conversation_id TEXT NOT NULL REFERENCES conversations(id),
                    at TEXT NOT NULL, question TEXT NOT NULL, resolved_question TEXT NOT NULL, answer TEXT NOT NULL, intent TEXT NOT NULL,
                    grounded INTEGER NOT NULL, citations TEXT NOT NULL, rumor INTEGER NOT NULL, fraud INTEGER NOT NULL);
                INSERT INTO conversations VALUES ('c1', 'api', 'h', '2025-01-01T00:00:00.0000000+00:00');
                INSERT INTO turns (id, conversation_id, at, question, resolved_question, answer, intent, grounded, citations, rumor, fraud)
                VALUES ('t1', 'c1', '2025-01-01T00:00:00.0000000+00:00', '老问题', '老问题', '老答复', 'policy', 1, '[]', 0, 0);
                """);
        }

        SqliteConnection.ClearAllPools();
        var store = new DatabaseConversationStore((await db.StartInstanceAsync()).Database);

        Assert.Equal("老问题", await store.LastResolvedQuestionAsync("c1", CancellationToken.None));
        Assert.True(await store.RecordFeedbackAsync("t1", helpful: true, null, DateTimeOffset.UtcNow, CancellationToken.None));
    }
}
