using KepuKnowledge.Corpus;
using KepuKnowledge.Indexing;

namespace KepuKnowledge.Duties;

/// <summary>Extracts the policies' duties when a snapshot is built and stores them in it (read back by <see cref="DutyService"/>).</summary>
public sealed class DutySnapshotWriter : ISnapshotContributor
{
    /// <inheritdoc/>
    public Task WriteAsync(string snapshotPath, IReadOnlyList<KnowledgeDocument> documents, CancellationToken cancellationToken) =>
        DutyBook.WriteAsync(snapshotPath, documents.SelectMany(DutyExtractor.Extract).ToList(), cancellationToken);
}
