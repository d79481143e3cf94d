using KepuKnowledge.Analysis;
using Lucene.Net.Search.Highlight;

namespace KepuKnowledge.Retrieval;

/// <summary>
/// Marks query terms in a passage with &lt;mark&gt; and cuts a window around the best-scoring stretch, with Lucene's
/// <see cref="Highlighter"/>. Terms are found in normalized text, which has the same length as the original, so
/// Traditional or full-width text marks the right characters.
/// </summary>
public static class SnippetMarker
{
    /// <summary>Opening marker.</summary>
    public const string Open = "<mark>";

    /// <summary>Closing marker.</summary>
    public const string Close = "</mark>";

    private const string Ellipsis = "…";

    /// <summary>Marks <paramref name="terms"/> in <paramref name="text"/>, keeping about <paramref name="maxLength"/> characters of text.</summary>
    public static string Mark(string text, IEnumerable<string> terms, int maxLength = 160)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var longestFirst = terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length).ToArray();
        var highlighter = new Highlighter(new SimpleHTMLFormatter(Open, Close), new QueryTermScorer(longestFirst.Select(t => new WeightedTerm(1f, t)).ToArray()))
        {
            // A short passage is shown whole; a long one is cut into windows and the one holding most terms is kept.
            TextFragmenter = text.Length <= maxLength ? new NullFragmenter() : new SimpleFragmenter(maxLength),
        };
        using var tokens = new SpanTokenizer(new StringReader(text), passage => Occurrences(passage, longestFirst));
        var best = highlighter.GetBestTextFragments(tokens, text, mergeContiguousFragments: false, maxNumFragments: 1)
            .FirstOrDefault(f => f is not null && f.Score > 0);
        if (best is null)
        {
            return text.Length <= maxLength ? text : text[..maxLength] + Ellipsis;
        }

        // Lucene marks each matching token on its own; runs of adjacent matches read as one phrase.
        var marked = best.ToString().Replace(Close + Open, string.Empty, StringComparison.Ordinal);
        var plain = Strip(marked);
        var start = text.IndexOf(plain, StringComparison.Ordinal);
        return (start > 0 ? Ellipsis : string.Empty) + marked + (start >= 0 && start + plain.Length < text.Length ? Ellipsis : string.Empty);
    }

    /// <summary>Removes markers, for plain-text display.</summary>
    public static string Strip(string snippet) =>
        snippet.Replace(Open, string.Empty, StringComparison.Ordinal).Replace(Close, string.Empty, StringComparison.Ordinal);

    // The highlighter's tokens: every occurrence of a query term (longest first), and each other character on its own so
    // the fragmenter can cut anywhere. Scanning for the terms, rather than segmenting the passage again, keeps marking
    // cheap at query time: the word segmenter is the costliest step of analysis.
    private static List<TokenSpan> Occurrences(string text, string[] longestFirst)
    {
        var normalized = ChineseNormalizer.Normalize(text);
        var spans = new List<TokenSpan>(normalized.Length);
        for (var i = 0; i < normalized.Length;)
        {
            var term = Array.Find(longestFirst, t => i + t.Length <= normalized.Length && string.CompareOrdinal(normalized, i, t, 0, t.Length) == 0);
            var length = term?.Length ?? 1;
            spans.Add(new TokenSpan(term ?? normalized.Substring(i, 1), i, i + length));
            i += length;
        }

        return spans;
    }
}
