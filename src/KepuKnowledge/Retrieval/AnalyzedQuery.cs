using KepuKnowledge.Analysis;

namespace KepuKnowledge.Retrieval;

/// <summary>A query split into weighted words and bigrams, with stop words and their bigrams removed.</summary>
/// <param name="Words">Segmented words with weights (synonym expansions weigh less).</param>
/// <param name="Bigrams">Character bigrams with weights.</param>
public sealed record AnalyzedQuery(IReadOnlyList<(string Term, float Weight)> Words, IReadOnlyList<(string Term, float Weight)> Bigrams)
{
    private const int MaxWords = 40;
    private const int MaxBigrams = 60;
    private const float ExpansionWeight = 0.6f;

    /// <summary>Whether nothing searchable is left.</summary>
    public bool IsEmpty => Words.Count == 0 && Bigrams.Count == 0;

    /// <summary>Analyzes a query with the lexicon's synonyms.</summary>
    public static AnalyzedQuery From(string query, ChineseSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(segmenter);
        var words = new List<(string, float)>();
        var bigrams = new List<(string, float)>();
        AddText(query, 1f);
        foreach (var expansion in segmenter.Lexicon.Expand(ChineseNormalizer.Normalize(query)))
        {
            AddText(expansion, ExpansionWeight);
        }

        return new AnalyzedQuery(Dedupe(words, MaxWords), Dedupe(bigrams, MaxBigrams));

        void AddText(string text, float weight)
        {
            var tokens = segmenter.Segment(text);
            var stopped = new bool[text.Length];
            foreach (var token in tokens)
            {
                if (StopWords.Words.Contains(token.Text))
                {
                    Array.Fill(stopped, true, token.Start, token.End - token.Start);
                }
                else
                {
                    words.Add((token.Text, weight));
                }
            }

            foreach (var bigram in CjkBigrams.Tokenize(text))
            {
                if (!stopped.AsSpan(bigram.Start, bigram.End - bigram.Start).Contains(true))
                {
                    bigrams.Add((bigram.Text, weight));
                }
            }
        }
    }

    private static List<(string Term, float Weight)> Dedupe(List<(string Term, float Weight)> terms, int max) =>
        terms.GroupBy(t => t.Term, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Max(t => t.Weight)))
            .Take(max)
            .ToList();
}
