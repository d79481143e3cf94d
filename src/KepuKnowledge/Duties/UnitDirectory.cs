using System.Text.RegularExpressions;
using KepuKnowledge.Analysis;

namespace KepuKnowledge.Duties;

/// <summary>
/// Resolves unit names as staff say them (卫健委, 区卫健委, 卫生健康委, 卫生健康部门) to the names the documents use,
/// through region-prefix stripping and the editable synonym groups in <c>corpus/lexicon/synonyms.txt</c>. An unknown
/// name gets the closest known names as suggestions.
/// </summary>
public sealed partial class UnitDirectory(IEnumerable<string> units, Lexicon lexicon)
{
    private const int SuggestionCount = 3;
    private readonly string[] _units = units.Where(u => u != Duty.EveryUnit).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Every unit named by a duty.</summary>
    public IReadOnlyList<string> Units => _units;

    /// <summary>The document unit names a query means (empty if none).</summary>
    public IReadOnlyList<string> Resolve(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = Key(query);
        if (key.Length == 0)
        {
            return [];
        }

        var keys = lexicon.Expand(key).Select(Key).Append(key).ToHashSet(StringComparer.Ordinal);
        // Exact or alias matches, plus units named inside a longer query (卫生健康委员会 contains 卫生健康委).
        var exact = _units.Where(u => keys.Contains(Key(u)) || (Key(u).Length >= 2 && key.Contains(Key(u), StringComparison.Ordinal))).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        // "气象" finds 区气象局; "妇联" finds 区妇联; a longer query containing a unit ("巴南区妇联的任务") finds it too.
        return _units.Where(u => keys.Any(k => k.Length >= 2 && (Key(u).Contains(k, StringComparison.Ordinal) || k.Contains(Key(u), StringComparison.Ordinal)))).ToList();
    }

    /// <summary>The units a sentence mentions by name or alias (区妇联, 卫健委 …), longest mention first.</summary>
    public IReadOnlyList<string> FindIn(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = ChineseNormalizer.Normalize(sentence);
        return _units
            .Select(u => (Unit: u, Mention: lexicon.Expand(Key(u)).Append(Key(u)).Append(u).Where(a => a.Length >= 2 && text.Contains(a, StringComparison.Ordinal)).DefaultIfEmpty(string.Empty).Max(a => a.Length)))
            .Where(x => x.Mention > 0)
            .OrderByDescending(x => x.Mention)
            .Select(x => x.Unit)
            .ToList();
    }

    /// <summary>The known units closest to an unresolved query.</summary>
    public IReadOnlyList<string> Suggest(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = Key(query);
        return _units
            .Select(u => (Unit: u, Score: Dice(key, Key(u))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Unit, StringComparer.Ordinal)
            .Take(SuggestionCount)
            .Select(x => x.Unit)
            .ToList();
    }

    /// <summary>The comparable core of a unit name: normalized, without region and level prefixes.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = ChineseNormalizer.Normalize(name).Replace(" ", string.Empty, StringComparison.Ordinal);
        normalized = RegionPrefix().Replace(normalized, string.Empty);
        return LevelPrefix().Replace(normalized, string.Empty);
    }

    private static double Dice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return a.Length > 0 && b.Contains(a, StringComparison.Ordinal) ? 0.5 : 0;
        }

        var x = Enumerable.Range(0, a.Length - 1).Select(i => a.Substring(i, 2)).ToList();
        var y = Enumerable.Range(0, b.Length - 1).Select(i => b.Substring(i, 2)).ToList();
        return 2.0 * x.Count(y.Contains) / (x.Count + y.Count);
    }

    [GeneratedRegex(@"^(重庆市|重庆|巴南区|巴南|濮阳市|濮阳|唐山市|唐山|忠县|河北省|河南省)")]
    private static partial Regex RegionPrefix();

    [GeneratedRegex(@"^(区|市|县)(?!委$)")]
    private static partial Regex LevelPrefix();
}
