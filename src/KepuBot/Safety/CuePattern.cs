using System.Text;

namespace KepuBot.Safety;

/// <summary>
/// Turns the cue-list pattern syntax into a regular expression: <c>*</c> is a short gap within a sentence,
/// <c>**</c> a longer one, <c>&lt;num&gt;</c> a number in digits or Chinese numerals, <c>( | ) ?</c> group,
/// alternate and make optional, <c>^ $</c> anchor; a line starting with <c>re:</c> is a raw regular expression.
/// Everything else matches itself, so an expert can write plain phrases without knowing regex escaping.
/// </summary>
public static class CuePattern
{
    private const string RawPrefix = "re:";
    private const string NumberToken = "<num>";
    private const string ShortGap = "[^。!?\n]{0,8}?";
    private const string LongGap = "[^。!?\n]{0,24}?";
    // 一些, 一下, 一点, 一直… are words, not the number one ("要交一些资料").
    private const string Number = "(?!一[些下点样直起定般切])[0-9零一二两三四五六七八九十百千万几][0-9零一二两三四五六七八九十百千万几点.,]*";

    /// <summary>The regular expression for one pattern line.</summary>
    public static string ToRegex(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.StartsWith(RawPrefix, StringComparison.Ordinal))
        {
            return pattern[RawPrefix.Length..];
        }

        var regex = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*')
            {
                var isLong = i + 1 < pattern.Length && pattern[i + 1] == '*';
                regex.Append(isLong ? LongGap : ShortGap);
                i += isLong ? 1 : 0;
            }
            else if (string.CompareOrdinal(pattern, i, NumberToken, 0, NumberToken.Length) == 0)
            {
                regex.Append(Number);
                i += NumberToken.Length - 1;
            }
            else if (c is '(' or ')' or '|' or '?' or '^' or '$')
            {
                // "(" opens a plain group; "(?" would read as a regex construct the syntax does not offer.
                regex.Append(c == '(' ? "(?:" : c.ToString());
            }
            else
            {
                regex.Append(System.Text.RegularExpressions.Regex.Escape(c.ToString()));
            }
        }

        return regex.ToString();
    }
}
