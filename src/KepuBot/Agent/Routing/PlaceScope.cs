using KepuKnowledge;
using KepuKnowledge.Analysis;

namespace KepuBot.Agent.Routing;

/// <summary>
/// Finds a place a policy question names that no document covers (武汉, 渝北区, 贵州省), from the editable list
/// <c>corpus/lexicon/places.txt</c>, so the question is declined instead of answered from another place's document.
/// </summary>
public sealed class PlaceScope
{
    private readonly string[] _places;

    /// <summary>Loads the place list from the lexicon folder (longest names first).</summary>
    public PlaceScope(KnowledgePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var file = Path.Combine(paths.Lexicon, "places.txt");
        _places = File.Exists(file)
            ? File.ReadLines(file)
                .Where(l => !l.TrimStart().StartsWith('#'))
                .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(ChineseNormalizer.Normalize)
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(p => p.Length)
                .ToArray()
            : [];
    }

    /// <summary>
    /// The first listed place in <paramref name="question"/> that none of <paramref name="covered"/> (the documents'
    /// region names) is, or contains; null when the question names no place or only covered ones.
    /// </summary>
    public string? Uncovered(string question, IReadOnlyList<string> covered)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(covered);
        var text = ChineseNormalizer.Normalize(question);
        foreach (var place in _places)
        {
            var at = text.IndexOf(place, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // "重庆市巴南区" names 巴南; a covered name standing where the listed one was found settles it.
            var standing = covered.Where(c => c.Length >= place.Length && c.Contains(place, StringComparison.Ordinal));
            if (covered.Contains(place, StringComparer.Ordinal) || standing.Any(c => text.Contains(c, StringComparison.Ordinal)))
            {
                continue;
            }

            return place;
        }

        return null;
    }
}
