namespace KepuBot.Persistence.Audit;

/// <summary>The audit log of staff actions. A change and its entry should commit together; stores that change
/// data on behalf of staff write the entry in their own transaction (see <see cref="AuditSql"/>).</summary>
public interface IAuditLog
{
    /// <summary>Records an entry (committed before this returns).</summary>
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Entries matching the query, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken);
}
