namespace KepuKnowledge.Library;

/// <summary>
/// Where library changes are recorded. The file log is the default; a shared staff audit store can take its place
/// by registering another implementation.
/// </summary>
public interface ILibraryAudit
{
    /// <summary>Appends a record; returns once it is durable.</summary>
    Task RecordAsync(LibraryAuditRecord record, CancellationToken cancellationToken);

    /// <summary>Records, oldest first, for one article or (with null) all.</summary>
    Task<IReadOnlyList<LibraryAuditRecord>> ReadAsync(string? docId, CancellationToken cancellationToken);
}
