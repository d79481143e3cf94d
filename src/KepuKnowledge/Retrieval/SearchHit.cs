using KepuKnowledge.Corpus;

namespace KepuKnowledge.Retrieval;

/// <summary>A passage found by a search.</summary>
/// <param name="PassageId">The passage id (docId#ordinal).</param>
/// <param name="DocId">The document id.</param>
/// <param name="Title">The document title.</param>
/// <param name="Section">The heading path of the passage.</param>
/// <param name="Text">The passage text.</param>
/// <param name="Snippet">The passage with matched terms wrapped in &lt;mark&gt;, shortened around the matches.</param>
/// <param name="Score">Relevance score, higher is better.</param>
/// <param name="Metadata">The document's metadata.</param>
/// <param name="Notice">A note when the document is repealed, revised or past its period, else null.</param>
public sealed record SearchHit(
    string PassageId,
    string DocId,
    string Title,
    string Section,
    string Text,
    string Snippet,
    float Score,
    DocumentMetadata Metadata,
    string? Notice);
