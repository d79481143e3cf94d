using KepuKnowledge.Corpus;

namespace KepuKnowledge.Indexing;

/// <summary>
/// Writes data derived from the documents into every snapshot folder beside the Lucene index, so it is published
/// and swapped with it (the duties: <c>Duties/DutySnapshotWriter</c>). Indexing calls it without knowing what it is.
/// </summary>
public interface ISnapshotContributor
{
    /// <summary>Writes this contributor's files into <paramref name="snapshotPath"/> from all of the snapshot's documents.</summary>
    Task WriteAsync(string snapshotPath, IReadOnlyList<KnowledgeDocument> documents, CancellationToken cancellationToken);
}
