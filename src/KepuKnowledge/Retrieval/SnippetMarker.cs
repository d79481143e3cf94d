using System.Text;
using KepuKnowledge.Analysis;

namespace KepuKnowledge.Retrieval;

/// <summary>
/// Marks query terms in a passage with &lt;mark&gt; and cuts a window around the densest matches.
/// Written here because Lucene.Net.Highlighter is not available; matching runs on normalized text, which has
/// the same length as the original, so Traditional or full-width queries mark the right characters.
/// </summary>
public static class SnippetMarker
{
    /// <summary>Opening marker.</summary>
    public const string Open = "<mark>";

    /// <summary>Closing marker.</summary>
    public const string Close = "</mark>";

    /// <summary>Marks <paramref name="terms"/> in <paramref name="text"/>, keeping at most <paramref name="maxLength"/> characters of text.</summary>
    public static string Mark(string text, IEnumerable<string> terms, int maxLength = 160)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var normalized = ChineseNormalizer.Normalize(text);
        var marked = new bool[text.Length];
        foreach (var term in terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
        {
            for (var at = normalized.IndexOf(term, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(marked, true, at, term.Length);
            }
        }

        var (start, end) = Window(marked, maxLength);
        var snippet = new StringBuilder();
        if (start > 0)
        {
            snippet.Append('…');
        }

        for (var i = start; i < end; i++)
        {
            if (marked[i] && (i == start || !marked[i - 1]))
            {
                snippet.Append(Open);
            }

            snippet.Append(text[i]);
            if (marked[i] && (i == end - 1 || !marked[i + 1]))
            {
                snippet.Append(Close);
            }
        }

        if (end < text.Length)
        {
            snippet.Append('…');
        }

        return snippet.ToString();
    }

    /// <summary>Removes markers, for plain-text display.</summary>
    public static string Strip(string snippet) =>
        snippet.Replace(Open, string.Empty, StringComparison.Ordinal).Replace(Close, string.Empty, StringComparison.Ordinal);

    private static (int Start, int End) Window(bool[] marked, int maxLength)
    {
        if (marked.Length <= maxLength)
        {
            return (0, marked.Length);
        }

        var best = 0;
        var bestCount = -1;
        var count = 0;
        for (var i = 0; i < marked.Length; i++)
        {
            count += marked[i] ? 1 : 0;
            if (i >= maxLength)
            {
                count -= marked[i - maxLength] ? 1 : 0;
            }

            if (i >= maxLength - 1 && count > bestCount)
            {
                bestCount = count;
                best = i - maxLength + 1;
            }
        }

        return (best, best + maxLength);
    }
}
