using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace KepuKnowledge.Indexing;

/// <summary>
/// BM25 with Lucene's defaults (k1 1.2, b 0.75, norms as written by <see cref="BM25Similarity"/>), scoring exactly as
/// Lucene's does, for searching one unchanging snapshot. Lucene's computes a 256-entry length table and formats an idf
/// explanation for every term clause of every query, and a message of 60 characters makes a few hundred clauses; here
/// a field's table is built once per snapshot and shared, and no explanation is formatted.
/// </summary>
internal sealed class SnapshotSimilarity : Similarity
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    // The field length each norm byte stands for, as Lucene's BM25 decodes it.
    private static readonly float[] LengthByNorm = Enumerable.Range(0, 256).Select(i =>
    {
        var f = SmallSingle.SByte315ToSingle((sbyte)i);
        return 1.0f / (f * f);
    }).ToArray();

    // Norms are computed only while indexing, which uses Lucene's BM25 itself; this keeps the two in step.
    private readonly BM25Similarity _indexing = new(K1, B);
    private readonly ConcurrentDictionary<(string Field, float AverageLength), float[]> _lengthTables = new();

    public override long ComputeNorm(FieldInvertState state) => _indexing.ComputeNorm(state);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        ArgumentNullException.ThrowIfNull(collectionStats);
        ArgumentNullException.ThrowIfNull(termStats);
        var idf = 0.0f;
        foreach (var term in termStats)
        {
            idf += (float)Math.Log(1 + (collectionStats.MaxDoc - term.DocFreq + 0.5D) / (term.DocFreq + 0.5D));
        }

        var averageLength = collectionStats.SumTotalTermFreq <= 0 ? 1f : (float)(collectionStats.SumTotalTermFreq / (double)collectionStats.MaxDoc);
        var table = _lengthTables.GetOrAdd((collectionStats.Field, averageLength), key => LengthTable(key.AverageLength));
        return new Bm25Weight(collectionStats.Field, idf, queryBoost, table);
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stats = (Bm25Weight)weight;
        return new Bm25Scorer(stats.Weight * (K1 + 1), stats.LengthTable, context.AtomicReader.GetNormValues(stats.Field));
    }

    // The part of BM25's denominator that depends only on the document's length, for each norm byte.
    private static float[] LengthTable(float averageLength)
    {
        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = K1 * ((1 - B) + B * LengthByNorm[i] / averageLength);
        }

        return table;
    }

    private sealed class Bm25Weight(string fieldName, float idf, float queryBoost, float[] lengthTable) : SimWeight
    {
        public string Field => fieldName;

        public float[] LengthTable => lengthTable;

        public float Weight { get; private set; }

        // BM25 does not normalise by the query; like Lucene's, it only reports a TF-IDF-like value.
        public override float GetValueForNormalization()
        {
            var queryWeight = idf * queryBoost;
            return queryWeight * queryWeight;
        }

        public override void Normalize(float queryNorm, float topLevelBoost) => Weight = idf * queryBoost * topLevelBoost;
    }

    private sealed class Bm25Scorer(float weightTimesK1Plus1, float[] lengthTable, NumericDocValues? norms) : SimScorer
    {
        public override float Score(int doc, float freq)
        {
            var lengthPart = norms is null ? K1 : lengthTable[(sbyte)norms.Get(doc) & 0xFF];
            return weightTimesK1Plus1 * freq / (freq + lengthPart);
        }

        public override float ComputeSlopFactor(int distance) => 1.0f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1;

        public override Explanation Explain(int doc, Explanation freq)
        {
            ArgumentNullException.ThrowIfNull(freq);
            var explanation = new Explanation(Score(doc, freq.Value), "BM25 score of the term in this passage, from:");
            explanation.AddDetail(freq);
            return explanation;
        }
    }
}
