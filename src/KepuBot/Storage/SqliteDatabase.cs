using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KepuBot.Storage;

/// <summary>
/// The embedded database file shared by the staff-side stores (audit log, rumor queue): connections with the
/// service's pragmas, and one in-process writer at a time, each write one transaction committed before the caller
/// acknowledges anything.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;

    // SQLite allows one writer at a time; queueing writers here avoids its sleeping busy handler.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <summary>Opens (and if needed creates) the database file in WAL mode.</summary>
    public SqliteDatabase(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var path = Path.GetFullPath(options.Value.SqlitePath, environment.ContentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        using var connection = Open();
        using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL;";
        wal.ExecuteNonQuery();
    }

    /// <summary>Runs schema statements (idempotent DDL).</summary>
    public void EnsureSchema(string ddl)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = ddl;
        command.ExecuteNonQuery();
    }

    /// <summary>Opens a connection for reading.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // synchronous=NORMAL under WAL keeps every commit through a killed process (only an OS crash could lose
        // the last ones), as for conversations.
        pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Runs <paramref name="write"/> in one transaction and commits it; nothing is kept if it throws.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            await using var transaction = connection.BeginTransaction();
            var result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _writeGate.Dispose();
}
