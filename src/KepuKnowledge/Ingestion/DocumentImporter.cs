using KepuKnowledge.Corpus;

namespace KepuKnowledge.Ingestion;

/// <summary>
/// Turns a file staff have (web-page text, .docx, .pdf, .html, Markdown) into a cleaned corpus Markdown file
/// with front matter, filling metadata from the text where the file has none. Library articles arrive as drafts.
/// </summary>
public sealed class DocumentImporter(DocumentParser parser)
{
    /// <summary>Imports one file.</summary>
    /// <param name="fileName">The original file name (its extension picks the reader).</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="kind">The document kind.</param>
    /// <param name="id">The id to give it; defaults to the file name.</param>
    /// <param name="author">Who imported it: the author of a library article, whatever the file's own front matter says.</param>
    /// <exception cref="CorpusFormatException">The file cannot be read or yields no title or text.</exception>
    public (DocumentMetadata Metadata, string Markdown) Import(string fileName, byte[] content, string kind, string? id = null, string? author = null)
    {
        if (!DocumentKinds.All.Contains(kind))
        {
            throw new CorpusFormatException($"kind: '{kind}' is not one of {string.Join(", ", DocumentKinds.All)}");
        }

        var source = parser.ReadSource(fileName, content);
        var extracted = MetadataExtractor.Extract(source.Body);
        var fields = source.FrontMatter is null ? new Dictionary<string, YamlDotNet.RepresentationModel.YamlNode>() : FrontMatter.Parse(source.FrontMatter);
        var fallbackId = id ?? Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant().Replace(' ', '-');
        var parsed = FrontMatter.ToMetadata(WithDefaults(fields, kind), extracted, fallbackId);
        var library = DocumentKinds.IsLibraryKind(kind);
        var metadata = parsed with
        {
            Id = id ?? parsed.Id,
            Kind = kind,
            Status = library ? VettingStatus.Draft : parsed.Status,

            // Whoever imports a library article is its author; a name inside the file is only a claim, and taking it
            // would let the importer approve their own text "as reviewer of someone else's". Nobody has reviewed a
            // fresh import either, whatever its front matter says.
            Author = library ? author ?? parsed.Author : parsed.Author ?? author,
            Reviewer = library ? null : parsed.Reviewer,
            Reviewed = library ? null : parsed.Reviewed,
            ReviewBy = library ? null : parsed.ReviewBy,
        };
        var body = DocumentNumberRepair.Repair(TextCleaner.Clean(source.Body), metadata.DocumentNumber, metadata.DateWritten);
        if (body.Length == 0)
        {
            throw new CorpusFormatException("no text left after cleaning");
        }

        return (metadata, MarkdownWriter.Write(metadata, body));
    }

    // A library article without front matter would otherwise fail for a missing status; imports start as drafts.
    private static Dictionary<string, YamlDotNet.RepresentationModel.YamlNode> WithDefaults(IReadOnlyDictionary<string, YamlDotNet.RepresentationModel.YamlNode> fields, string kind)
    {
        var copy = fields.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        copy["kind"] = new YamlDotNet.RepresentationModel.YamlScalarNode(kind);
        copy.TryAdd("status", new YamlDotNet.RepresentationModel.YamlScalarNode("draft"));
        return copy;
    }
}
