namespace KepuKnowledge.Analysis;

/// <summary>
/// Overlapping character bigrams over runs of Chinese characters (a single character stands alone), and
/// whole words for runs of letters and digits: recall for terms no dictionary knows.
/// </summary>
public static class CjkBigrams
{
    /// <summary>Tokenizes text into bigrams with offsets into <paramref name="text"/>.</summary>
    public static IReadOnlyList<TokenSpan> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ChineseNormalizer.Normalize(text);
        var tokens = new List<TokenSpan>();
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (IsCjk(c))
            {
                var end = i;
                while (end < normalized.Length && IsCjk(normalized[end]))
                {
                    end++;
                }

                if (end - i == 1)
                {
                    tokens.Add(new TokenSpan(normalized.Substring(i, 1), i, i + 1));
                }

                for (var k = i; k + 1 < end; k++)
                {
                    tokens.Add(new TokenSpan(normalized.Substring(k, 2), k, k + 2));
                }

                i = end;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var end = i;
                while (end < normalized.Length && char.IsLetterOrDigit(normalized[end]) && !IsCjk(normalized[end]))
                {
                    end++;
                }

                tokens.Add(new TokenSpan(normalized[i..end], i, end));
                i = end;
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    /// <summary>Whether a character is a CJK ideograph.</summary>
    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
