namespace KepuKnowledge.Corpus;

/// <summary>A parsed document: its metadata, its passages in reading order and its tables.</summary>
/// <param name="Metadata">What is known about the document.</param>
/// <param name="Passages">Its citable passages.</param>
/// <param name="Tables">Tables found in it, with their row structure.</param>
/// <param name="SourcePath">The file it was read from, relative to the corpus root.</param>
/// <param name="ContentHash">A hash of the file's bytes, used for incremental indexing.</param>
public sealed record KnowledgeDocument(
    DocumentMetadata Metadata,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<DocumentTable> Tables,
    string SourcePath,
    string ContentHash)
{
    /// <summary>The document id.</summary>
    public string Id => Metadata.Id;
}
