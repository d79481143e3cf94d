namespace KepuKnowledge.Analysis;

/// <summary>
/// Everyday and dialect words rewritten to the standard words the documents use (咋整 → 怎么办, 娃 → 孩子,
/// 屋头 → 家里), from the editable <c>corpus/lexicon/colloquial.txt</c>. Applied to questions only: the documents
/// are written in the standard words, and residents ask in theirs.
/// </summary>
public sealed class ColloquialWords
{
    private readonly Dictionary<char, (string From, string To)[]> _rulesByFirstChar;

    /// <summary>Creates the rewriter from (colloquial, standard) pairs.</summary>
    public ColloquialWords(IEnumerable<(string From, string To)> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rulesByFirstChar = rules
            .Select(r => (From: ChineseNormalizer.Normalize(r.From), To: ChineseNormalizer.Normalize(r.To)))
            .Where(r => r.From.Length > 0)
            .DistinctBy(r => r.From, StringComparer.Ordinal)
            .GroupBy(r => r.From[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.From.Length).ToArray());
    }

    /// <summary>No rewriting.</summary>
    public static ColloquialWords Empty { get; } = new([]);

    /// <summary>Loads <c>colloquial.txt</c> from a lexicon folder ("a, b =&gt; c" per line); a missing file means no rules.</summary>
    public static ColloquialWords Load(string folder)
    {
        var path = Path.Combine(folder, "colloquial.txt");
        if (!File.Exists(path))
        {
            return Empty;
        }

        var rules = new List<(string, string)>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            var to = arrow < 0 ? string.Empty : line[(arrow + 2)..].Trim();
            if (to.Length == 0)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'colloquial, … => standard'");
            }

            rules.AddRange(line[..arrow].Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(from => (from, to)));
        }

        return new ColloquialWords(rules);
    }

    /// <summary>The text with every colloquial word replaced by its standard word, longest match first, left to right.</summary>
    public string Rewrite(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ChineseNormalizer.Normalize(text);
        var result = new System.Text.StringBuilder(normalized.Length + 8);
        for (var i = 0; i < normalized.Length;)
        {
            if (Match(normalized, i) is { } rule)
            {
                result.Append(rule.To);
                i += rule.From.Length;
            }
            else
            {
                result.Append(normalized[i++]);
            }
        }

        return result.ToString();
    }

    private (string From, string To)? Match(string text, int start)
    {
        if (!_rulesByFirstChar.TryGetValue(text[start], out var candidates))
        {
            return null;
        }

        foreach (var rule in candidates)
        {
            if (start + rule.From.Length <= text.Length && string.CompareOrdinal(text, start, rule.From, 0, rule.From.Length) == 0)
            {
                return rule;
            }
        }

        return null;
    }
}
