namespace KepuBot.Storage;

/// <summary>The audit log in the embedded database.</summary>
public sealed class SqliteAuditLog : IAuditLog
{
    private readonly SqliteDatabase _database;

    /// <summary>Creates the table if needed.</summary>
    public SqliteAuditLog(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        database.EnsureSchema(AuditSql.Schema);
    }

    /// <inheritdoc />
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        _database.WriteAsync(
            async (connection, transaction) =>
            {
                await AuditSql.InsertAsync(connection, transaction, entry, cancellationToken);
                return true;
            },
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        await using var connection = _database.Open();
        return await AuditSql.SelectAsync(connection, query, cancellationToken);
    }
}
