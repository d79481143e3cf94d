using System.Text.RegularExpressions;

namespace KepuKnowledge.Ingestion;

/// <summary>
/// Recognises the numbering of Chinese official documents (公文): 一、 / （一） / 1． / （1）,
/// and Markdown headings, which mark document parts.
/// </summary>
public static partial class OfficialHeading
{
    /// <summary>Level of a Markdown <c>#</c> heading: a document part such as the notice or an annex.</summary>
    public const int PartLevel = 0;

    /// <summary>Tries to read a heading at the start of a line.</summary>
    /// <param name="line">A cleaned line.</param>
    /// <param name="level">1 for 一、, 2 for （一）, 3 for 1., 4 for （1）; <see cref="PartLevel"/> for Markdown headings.</param>
    /// <param name="heading">The heading text: the numbering and the first sentence.</param>
    /// <param name="rest">The text on the same line after the heading.</param>
    /// <returns>Whether the line starts with a heading.</returns>
    public static bool TryParse(string line, out int level, out string heading, out string rest)
    {
        ArgumentNullException.ThrowIfNull(line);
        var markdown = MarkdownHeading().Match(line);
        if (markdown.Success)
        {
            var inner = StripEmphasis(markdown.Groups[2].Value.Trim());
            // Chongqing's source marks numbered headings with Markdown too; the numbering decides the level.
            if (TryParseNumbered(inner, out level, out heading, out rest))
            {
                return true;
            }

            level = PartLevel;
            heading = inner;
            rest = string.Empty;
            return true;
        }

        return TryParseNumbered(StripLeadingEmphasis(line), out level, out heading, out rest);
    }

    /// <summary>Whether a line starts with 公文 numbering.</summary>
    public static bool IsNumbered(string line) => TryParseNumbered(StripLeadingEmphasis(line), out _, out _, out _);

    private static bool TryParseNumbered(string line, out int level, out string heading, out string rest)
    {
        (Regex Pattern, int Level)[] patterns =
        [
            (ChineseNumeral(), 1),
            (ParenChineseNumeral(), 2),
            (ArabicNumeral(), 3),
            (ParenArabicNumeral(), 4),
        ];
        foreach (var (pattern, candidate) in patterns)
        {
            var match = pattern.Match(line);
            if (match.Success)
            {
                level = candidate;
                SplitHeading(StripEmphasis(line), out heading, out rest);
                return true;
            }
        }

        level = -1;
        heading = string.Empty;
        rest = string.Empty;
        return false;
    }

    // The heading is the numbering plus the first sentence when that sentence is short; a long first
    // sentence is really body text, so the heading is cut to its first clause.
    private static void SplitHeading(string line, out string heading, out string rest)
    {
        var stop = line.IndexOf('。', StringComparison.Ordinal);
        if (stop > 0 && stop <= MaxHeadingLength)
        {
            heading = line[..stop].Trim();
            rest = line[(stop + 1)..].Trim();
            return;
        }

        if (line.Length <= MaxHeadingLength)
        {
            heading = line.TrimEnd('。', ' ');
            rest = string.Empty;
            return;
        }

        var clause = line.IndexOfAny(['，', ',', '；']);
        heading = clause > 0 && clause <= MaxHeadingLength ? line[..clause] : line[..MaxHeadingLength] + "…";
        rest = line;
    }

    private const int MaxHeadingLength = 48;

    private static string StripEmphasis(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();

    private static string StripLeadingEmphasis(string text) => text.StartsWith("**", StringComparison.Ordinal) ? StripEmphasis(text) : text;

    [GeneratedRegex(@"^(#{1,6})\s+(.+)$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex ChineseNumeral();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]{1,3}[）)]")]
    private static partial Regex ParenChineseNumeral();

    [GeneratedRegex(@"^\d{1,2}\s*[.．、](?!\d)")]
    private static partial Regex ArabicNumeral();

    [GeneratedRegex(@"^[（(]\d{1,2}[）)]")]
    private static partial Regex ParenArabicNumeral();
}
