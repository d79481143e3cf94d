using KepuKnowledge.Corpus;

namespace KepuKnowledge.Ingestion;

/// <summary>The passages and tables parsed from a document body.</summary>
/// <param name="Passages">Passages in reading order.</param>
/// <param name="Tables">Tables with their rows.</param>
public sealed record DocumentStructure(IReadOnlyList<Passage> Passages, IReadOnlyList<DocumentTable> Tables);
