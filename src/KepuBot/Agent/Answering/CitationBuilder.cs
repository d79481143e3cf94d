using KepuKnowledge.Retrieval;

namespace KepuBot.Agent.Answering;

/// <summary>Turns the passages an answer used into citations, one per passage, in the order used.</summary>
public static class CitationBuilder
{
    /// <summary>Citations for the distinct passages in <paramref name="hits"/>.</summary>
    public static IReadOnlyList<Citation> From(IEnumerable<SearchHit> hits) =>
        hits.DistinctBy(h => h.PassageId)
            .Select(h => new Citation(h.DocId, h.Title, h.Section, h.Text) { Notice = h.Notice })
            .ToList();
}
