namespace KepuKnowledge.Ingestion.Readers;

/// <summary>Turns one file format into front matter and body text.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions handled, with the dot (".md").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads a file's bytes.</summary>
    SourceText Read(byte[] content);
}
