using KepuKnowledge.Retrieval;

namespace KepuBot.Knowledge;

/// <summary>The search JSON contract: <c>{ "hits": [ { "docId", "title", "section", "text", "score", … } ] }</c>, best first.</summary>
/// <param name="Hits">Hits, best first.</param>
public sealed record SearchHitsView(IReadOnlyList<SearchHitView> Hits)
{
    /// <summary>Projects a search result.</summary>
    public static SearchHitsView From(SearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SearchHitsView(result.Hits.Select(h => new SearchHitView(h.DocId, h.Title, h.Section, h.Text, Math.Round(h.Score, 4), h.Snippet, h.Metadata.Kind, h.Notice)).ToList());
    }
}

/// <summary>One hit in the search JSON.</summary>
public sealed record SearchHitView(string DocId, string Title, string Section, string Text, double Score, string Snippet, string Kind, string? Notice);
