namespace KepuKnowledge.Retrieval;

/// <summary>The hits of a search, best first, and the index version that answered.</summary>
/// <param name="Hits">Hits, best first.</param>
/// <param name="IndexVersion">The snapshot searched.</param>
/// <param name="QueryTerms">The analyzed query words, for explaining and highlighting.</param>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, string IndexVersion, IReadOnlyList<string> QueryTerms);
