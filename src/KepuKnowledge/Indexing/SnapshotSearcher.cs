using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace KepuKnowledge.Indexing;

/// <summary>
/// A BM25 searcher over one snapshot, which never changes: each field's collection statistics are read once instead
/// of for every term of every query, and term weights skip building an explanation text nobody reads.
/// </summary>
internal sealed class SnapshotSearcher : IndexSearcher
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> _fields = new(StringComparer.Ordinal);

    public SnapshotSearcher(IndexReader reader)
        : base(reader)
    {
        Similarity = new PlainBM25Similarity();
    }

    public override CollectionStatistics CollectionStatistics(string field) =>
        _fields.GetOrAdd(field, base.CollectionStatistics);

    // Same scores as BM25Similarity; only the idf's description is a constant rather than a formatted string,
    // which Lucene builds for every term weight whether or not anyone asks for an explanation.
    private sealed class PlainBM25Similarity : BM25Similarity
    {
        public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats) =>
            new(Idf(termStats.DocFreq, collectionStats.MaxDoc), "idf");
    }
}
