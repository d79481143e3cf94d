using KepuKnowledge.Corpus;

namespace KepuKnowledge.Ingestion;

/// <summary>The documents that loaded and the files that did not.</summary>
/// <param name="Documents">Parsed documents.</param>
/// <param name="Errors">Skipped files with reasons.</param>
public sealed record CorpusLoadResult(IReadOnlyList<KnowledgeDocument> Documents, IReadOnlyList<IngestionError> Errors);
