
namespace KepuKnowledge.Retrieval;

/// <summary>A vetted FAQ entry that answers a question, with the passage of the document it is taken from.</summary>
/// <param name="Entry">The FAQ entry as found: its id, question (title), answer (text) and metadata.</param>
/// <param name="Source">The passage of the cited section that the answer is taken from.</param>
/// <param name="Form">The phrasing of the entry's question that matched.</param>
/// <param name="Precision">Weighted share of the question's words the entry's phrasing (or its document) covers.</param>
/// <param name="Recall">Weighted share of the phrasing's words the question covers.</param>
public sealed record FaqMatch(SearchHit Entry, SearchHit Source, string Form, double Precision, double Recall)
{
    /// <summary>The answer as staff wrote it.</summary>
    public string Answer => Entry.Text;
}
