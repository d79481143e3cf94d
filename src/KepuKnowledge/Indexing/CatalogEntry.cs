using KepuKnowledge.Corpus;

namespace KepuKnowledge.Indexing;

/// <summary>What a snapshot remembers about each document besides its passages.</summary>
/// <param name="Metadata">The document's metadata.</param>
/// <param name="SourcePath">The corpus file it came from.</param>
/// <param name="ContentHash">Hash of that file when indexed.</param>
/// <param name="Tables">Tables with their rows, for duty extraction.</param>
/// <param name="PassageCount">How many passages it has.</param>
public sealed record CatalogEntry(
    DocumentMetadata Metadata,
    string SourcePath,
    string ContentHash,
    IReadOnlyList<DocumentTable> Tables,
    int PassageCount);
