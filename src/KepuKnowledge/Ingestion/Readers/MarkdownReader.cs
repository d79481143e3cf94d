namespace KepuKnowledge.Ingestion.Readers;

/// <summary>Markdown with optional YAML front matter.</summary>
public sealed class MarkdownReader : IDocumentReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    /// <inheritdoc />
    public SourceText Read(byte[] content) => FrontMatter.Split(TextEncodingDetector.Decode(content));
}
