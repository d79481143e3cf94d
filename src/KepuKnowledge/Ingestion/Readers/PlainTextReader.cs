namespace KepuKnowledge.Ingestion.Readers;

/// <summary>Plain text, such as text copied from a government web page.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <inheritdoc />
    public SourceText Read(byte[] content) => new(null, TextEncodingDetector.Decode(content));
}
