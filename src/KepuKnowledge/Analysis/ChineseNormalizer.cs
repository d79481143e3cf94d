using ICU4N.Text;

namespace KepuKnowledge.Analysis;

/// <summary>
/// Folds full-width forms to half-width, upper to lower case and Traditional to Simplified characters,
/// one character for one, so offsets in normalized text are offsets in the original.
/// </summary>
public static class ChineseNormalizer
{
    private static readonly Lazy<char[]> Map = new(BuildMap);

    /// <summary>Normalizes <paramref name="text"/>; the result has the same length.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            var map = Map.Value;
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = map[source[i]];
            }
        });
    }

    /// <summary>Normalizes one character.</summary>
    public static char Normalize(char c) => Map.Value[c];

    // ICU's Traditional-Simplified transliterator is accurate but slow per call; a one-time table over the
    // BMP makes normalization a lookup. Conversions that are not one character for one are left alone.
    private static char[] BuildMap()
    {
        var map = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            map[c] = (char)c;
        }

        for (var c = 0xFF01; c <= 0xFF5E; c++)
        {
            map[c] = (char)(c - 0xFEE0);
        }

        map[0x3000] = ' ';
        for (var c = 'A'; c <= 'Z'; c++)
        {
            map[c] = char.ToLowerInvariant(c);
            map[c - 'A' + 0xFF21] = char.ToLowerInvariant(c);
        }

        var transliterator = Transliterator.GetInstance("Traditional-Simplified");
        for (var c = 0x3400; c <= 0x9FFF; c++)
        {
            var simplified = transliterator.Transliterate(((char)c).ToString());
            if (simplified.Length == 1 && simplified[0] != c)
            {
                map[c] = simplified[0];
            }
        }

        return map;
    }
}
