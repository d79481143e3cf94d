
namespace KepuKnowledge.Retrieval;

/// <summary>One phrasing of an FAQ entry's question, scored against a question.</summary>
/// <param name="Entry">The FAQ entry.</param>
/// <param name="Form">The phrasing scored.</param>
/// <param name="Precision">Weighted share of the question's content bigrams the phrasing (or the cited document's title and region) covers.</param>
/// <param name="Recall">Weighted share of the phrasing's content bigrams the question covers.</param>
/// <param name="Agrees">Whether every place and number the question names fits the entry, and no content word of the question stands in for one of the entry's.</param>
public sealed record FaqCandidate(SearchHit Entry, string Form, double Precision, double Recall, bool Agrees)
{
    /// <summary>The harmonic mean of precision and recall.</summary>
    public double Strength => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
