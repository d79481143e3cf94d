namespace KepuBot.Persistence.Audit;

/// <summary>The audit log in the service's database (SQLite or PostgreSQL), shared by every instance.</summary>
public sealed class DatabaseAuditLog(KepuDatabase database) : IAuditLog
{
    /// <inheritdoc />
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await AuditSql.InsertAsync(connection, transaction, entry, cancellationToken);
                return true;
            },
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await AuditSql.SelectAsync(connection, query, cancellationToken);
    }
}
