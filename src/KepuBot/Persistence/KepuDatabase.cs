using System.Data.Common;

namespace KepuBot.Persistence;

/// <summary>
/// The service's one database: embedded SQLite by default, PostgreSQL when <c>ConnectionStrings:Postgres</c> is set.
/// Stores write portable SQL (see <c>Migrations/README.md</c>) and differ only through this class: the schema is
/// brought up to date before the first connection is handed out, and every write is one transaction committed before
/// the caller acknowledges anything.
/// </summary>
public abstract class KepuDatabase : IDisposable
{
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Column definition of an auto-numbered primary key, written <c>{{auto_id}}</c> in migrations.</summary>
    public abstract string AutoIdColumn { get; }

    /// <summary>An open connection to an up-to-date schema.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await OpenConnectionAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction and commits it.</summary>
    public virtual async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Tells the other instances something changed (PostgreSQL NOTIFY); nothing to do with one instance.</summary>
    public virtual Task NotifyAsync(string channel, string payload, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A plain open connection; the schema may not exist yet.</summary>
    protected internal abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Keeps two instances from migrating at once; called first inside the migration transaction.</summary>
    protected internal abstract Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _schemaGate.Dispose();
        }
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            // A failed attempt (database not reachable yet) leaves the flag unset, so the next call tries again.
            if (!_schemaReady)
            {
                await SchemaMigrations.ApplyAsync(this, cancellationToken);
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }
}
