namespace KepuKnowledge.Analysis;

/// <summary>
/// The domain lexicon: terms the segmenter keeps whole (科普大篷车, 三长制, 电信诈骗 …) and synonym groups
/// that widen a query (卫健委 ↔ 卫生健康委员会, 老人 ↔ 老年人, 骗子打电话 → 电信诈骗). Both are editable
/// text files under <c>corpus/lexicon/</c>.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<char, string[]> _termsByFirstChar;
    private readonly List<(string From, string[] To)> _expansions;

    /// <summary>Creates a lexicon from normalized terms and synonym rules.</summary>
    public Lexicon(IEnumerable<string> terms, IEnumerable<(string From, string[] To)> expansions)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(expansions);
        _expansions = expansions
            .Select(e => (ChineseNormalizer.Normalize(e.From), e.To.Select(ChineseNormalizer.Normalize).ToArray()))
            .OrderByDescending(e => e.Item1.Length)
            .ToList();
        var all = terms.Select(ChineseNormalizer.Normalize)
            .Where(t => t.Length >= 2)
            .Distinct(StringComparer.Ordinal);
        _termsByFirstChar = all.GroupBy(t => t[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ToArray());
    }

    /// <summary>An empty lexicon: ICU's dictionary alone.</summary>
    public static Lexicon Empty { get; } = new([], []);

    /// <summary>Number of whole-kept terms.</summary>
    public int TermCount => _termsByFirstChar.Values.Sum(v => v.Length);

    /// <summary>Loads <c>terms.txt</c> and <c>synonyms.txt</c> from a lexicon folder; missing files mean empty lists.</summary>
    public static Lexicon Load(string folder)
    {
        var terms = ReadLines(Path.Combine(folder, "terms.txt"));
        var expansions = new List<(string, string[])>();
        foreach (var line in ReadLines(Path.Combine(folder, "synonyms.txt")))
        {
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow >= 0)
            {
                var targets = Split(line[(arrow + 2)..]);
                foreach (var from in Split(line[..arrow]))
                {
                    expansions.Add((from, targets));
                }

                continue;
            }

            var group = Split(line);
            foreach (var member in group)
            {
                expansions.Add((member, group.Where(g => g != member).ToArray()));
            }
        }

        return new Lexicon(terms, expansions);
    }

    /// <summary>The longest lexicon term starting at <paramref name="start"/> in normalized text, or 0.</summary>
    public int LongestMatch(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_termsByFirstChar.TryGetValue(text[start], out var candidates))
        {
            return 0;
        }

        foreach (var term in candidates)
        {
            if (string.CompareOrdinal(text, start, term, 0, term.Length) == 0 && start + term.Length <= text.Length)
            {
                return term.Length;
            }
        }

        return 0;
    }

    /// <summary>Synonyms and canonical forms of terms found in a normalized query, not already in it.</summary>
    public IReadOnlyList<string> Expand(string normalizedQuery)
    {
        ArgumentNullException.ThrowIfNull(normalizedQuery);
        var added = new List<string>();
        foreach (var (from, to) in _expansions)
        {
            if (!normalizedQuery.Contains(from, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var target in to)
            {
                if (!normalizedQuery.Contains(target, StringComparison.Ordinal) && !added.Contains(target))
                {
                    added.Add(target);
                }
            }
        }

        return added;
    }

    private static string[] Split(string text) =>
        text.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string> ReadLines(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            : [];
}
