using System.Text.RegularExpressions;
using KepuBot.Conversation;
using KepuKnowledge.Retrieval;

namespace KepuBot.Agent.Answering;

/// <summary>Turns the passages an answer used into citations, one per passage, in the order used.</summary>
public static partial class CitationBuilder
{
    /// <summary>Citations for the distinct passages in <paramref name="hits"/>.</summary>
    public static IReadOnlyList<Citation> From(IEnumerable<SearchHit> hits) =>
        hits.DistinctBy(h => h.PassageId)
            .Select(h => new Citation(h.DocId, h.Title, h.Section, CleanQuote(h.Text)) { Notice = h.Notice })
            .ToList();

    // A quoted source is read as text, not Markdown: a card's "- " bullets would show as stray dashes.
    private static string CleanQuote(string text) => Bullet().Replace(text, string.Empty);

    [GeneratedRegex(@"(?m)^[ \t]*[-*•][ \t]+")]
    private static partial Regex Bullet();
}
