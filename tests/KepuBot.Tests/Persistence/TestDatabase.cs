using KepuBot.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace KepuBot.Tests.Persistence;

/// <summary>
/// A fresh, empty database for one test (a temporary SQLite file, or a new database on the test PostgreSQL server),
/// deleted afterwards. <see cref="StartInstanceAsync"/> opens it the way one service instance would; two calls give
/// two instances sharing the database.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly List<TestInstance> _instances = [];

    private TestDatabase(DatabaseProvider provider, string location)
    {
        Provider = provider;
        Location = location;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file path or the PostgreSQL connection string.</summary>
    public string Location { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres
            ? new TestDatabase(provider, await PostgresServer.CreateDatabaseAsync())
            : new TestDatabase(provider, Path.Combine(Path.GetTempPath(), "kepu-store-tests", Guid.NewGuid().ToString("N"), "kepubot.db"));

    /// <summary>A database object over this database, not tracked: the caller disposes it.</summary>
    public KepuDatabase Open() =>
        Provider == DatabaseProvider.Postgres ? new PostgresDatabase(Location) : new SqliteDatabase(Location);

    /// <summary>What one service instance holds: its database object and change feed (listening, on PostgreSQL).</summary>
    public async Task<TestInstance> StartInstanceAsync()
    {
        var database = Open();
        var feed = new ChangeFeed(database, NullLogger<ChangeFeed>.Instance);
        var listener = new PostgresChangeListener(database, feed, NullLogger<PostgresChangeListener>.Instance);

        // The listener asks every subscriber to re-read once it is listening; until then other instances' signals
        // would be missed, which would make tests about signal order racy.
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (feed.Subscribe("test:listening", _ => listening.TrySetResult()))
        {
            await listener.StartAsync(CancellationToken.None);
            if (Provider == DatabaseProvider.Postgres)
            {
                await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }

        var instance = new TestInstance(database, feed, listener);
        _instances.Add(instance);
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (Provider == DatabaseProvider.Postgres)
        {
            await PostgresServer.DropDatabaseAsync(Location);
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(Location)!, recursive: true);
        }
    }
}
