using System.Globalization;
using ICU4N.Text;

namespace KepuKnowledge.Analysis;

/// <summary>
/// Chinese word segmentation: lexicon terms are kept whole (longest match first), and the text between them
/// is segmented by ICU's dictionary-based word break iterator. Punctuation and spaces are dropped.
/// </summary>
public sealed class ChineseSegmenter(Lexicon lexicon)
{
    private static readonly CultureInfo Chinese = new("zh-CN");

    // ICU break iterators hold per-text state and are costly to create, so each thread keeps one.
    private static readonly ThreadLocal<BreakIterator> WordBreaker = new(() => BreakIterator.GetWordInstance(Chinese));

    /// <summary>The lexicon in use.</summary>
    public Lexicon Lexicon => lexicon;

    /// <summary>Segments text into normalized word tokens with offsets into <paramref name="text"/>.</summary>
    public IReadOnlyList<TokenSpan> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ChineseNormalizer.Normalize(text);
        var tokens = new List<TokenSpan>();
        var gapStart = 0;
        var i = 0;
        while (i < normalized.Length)
        {
            var length = lexicon.LongestMatch(normalized, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            SegmentGap(normalized, gapStart, i, tokens);
            tokens.Add(new TokenSpan(normalized.Substring(i, length), i, i + length));
            i += length;
            gapStart = i;
        }

        SegmentGap(normalized, gapStart, normalized.Length, tokens);
        return tokens;
    }

    private static void SegmentGap(string text, int start, int end, List<TokenSpan> tokens)
    {
        if (end <= start)
        {
            return;
        }

        var gap = text[start..end];
        var breaker = WordBreaker.Value!;
        breaker.SetText(gap);
        var from = breaker.First();
        for (var to = breaker.Next(); to != BreakIterator.Done; from = to, to = breaker.Next())
        {
            if (breaker.RuleStatus == BreakIterator.WordNone)
            {
                continue;
            }

            tokens.Add(new TokenSpan(gap[from..to], start + from, start + to));
        }
    }
}
