using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Dapper;
using Microsoft.Data.Sqlite;

namespace KepuBot.Persistence;

/// <summary>
/// The embedded database: one SQLite file in WAL mode, for a single instance. SQLite allows one writer at a time and
/// its busy handler waits by sleeping with back-off, which turns a burst of concurrent turns into long tail latencies;
/// so writes queue in process for one writer, which commits whatever has queued up together (see
/// <see cref="GroupCommitWriter"/>).
/// </summary>
public sealed class SqliteDatabase : KepuDatabase
{
    private readonly string _connectionString;
    private static readonly object Configured = new();

    private readonly Channel<QueuedWrite> _queued = Channel.CreateUnbounded<QueuedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();
    private readonly GroupCommitWriter _writer;

    public SqliteDatabase(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();

        // WAL is a property of the file, set once. With it, synchronous=NORMAL (set per connection) keeps every
        // committed write through a killed process (only an OS crash or power cut could lose the last commits),
        // without an fsync per answer that would serialise all turns.
        connection.Execute("PRAGMA journal_mode=WAL;");
        _writer = GroupCommitWriter.Start(this, _queued.Reader);
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string AutoIdColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public override Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();
        var write = new QueuedWrite<T>(work, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queued.Writer.TryWrite(write), this);

        return write.Result;
    }

    protected internal override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Settings belong to the native connection, which the pool hands out again and again; setting them
            // once per native connection saves three statements on every turn.
            if (connection.Handle is { } handle && !_configured.TryGetValue(handle, out _))
            {
                await connection.ExecuteAsync("PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;");
                _configured.AddOrUpdate(handle, Configured);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default transaction) already holds the file's write lock.
    protected internal override Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Writes already queued still commit; later ones are refused.
            _queued.Writer.TryComplete();
            _writer.Completion.GetAwaiter().GetResult();
        }

        base.Dispose(disposing);
    }
}
