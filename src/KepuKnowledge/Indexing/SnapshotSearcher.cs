using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KepuKnowledge.Indexing;

/// <summary>
/// A BM25 searcher over one snapshot, which never changes: each field's collection statistics are read once instead
/// of for every term of every query, and BM25's length tables are shared (see <see cref="SnapshotSimilarity"/>).
/// </summary>
internal sealed class SnapshotSearcher : IndexSearcher
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> _fields = new(StringComparer.Ordinal);

    public SnapshotSearcher(IndexReader reader)
        : base(reader)
    {
        Similarity = new SnapshotSimilarity();
    }

    public override CollectionStatistics CollectionStatistics(string field) =>
        _fields.GetOrAdd(field, base.CollectionStatistics);
}
