using System.Security.Cryptography;
using KepuKnowledge.Corpus;
using KepuKnowledge.Ingestion.Readers;

namespace KepuKnowledge.Ingestion;

/// <summary>Reads one file of any supported format into a <see cref="KnowledgeDocument"/>.</summary>
public sealed class DocumentParser
{
    private readonly IReadOnlyList<IDocumentReader> _readers =
        [new MarkdownReader(), new PlainTextReader(), new DocxReader(), new PdfReader(), new HtmlReader()];

    /// <summary>File extensions the parser reads.</summary>
    public IEnumerable<string> SupportedExtensions => _readers.SelectMany(r => r.Extensions);

    /// <summary>Whether the file's extension is supported.</summary>
    public bool CanRead(string path) => FindReader(path) is not null;

    /// <summary>Parses a file's content.</summary>
    /// <param name="relativePath">Path relative to the corpus root, used for the fallback id and reporting.</param>
    /// <param name="content">The file's bytes.</param>
    /// <exception cref="CorpusFormatException">The file is unreadable or its metadata is malformed.</exception>
    public KnowledgeDocument Parse(string relativePath, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var reader = FindReader(relativePath) ?? throw new CorpusFormatException($"unsupported file type '{Path.GetExtension(relativePath)}'");
        if (content.Length == 0)
        {
            throw new CorpusFormatException("empty file");
        }

        var source = Read(reader, content);
        var extracted = MetadataExtractor.Extract(source.Body);
        var fields = source.FrontMatter is null ? new Dictionary<string, YamlDotNet.RepresentationModel.YamlNode>() : FrontMatter.Parse(source.FrontMatter);
        var metadata = FrontMatter.ToMetadata(fields, extracted, FallbackId(relativePath));
        // Markdown in the corpus is already curated; line joining is for raw copies from web pages and files.
        var body = reader is MarkdownReader ? source.Body.Replace("\r\n", "\n", StringComparison.Ordinal) : TextCleaner.Clean(source.Body);
        var structure = StructureParser.Parse(metadata.Id, metadata.Title, body);
        if (structure.Passages.Count == 0)
        {
            throw new CorpusFormatException("no text to index");
        }

        return new KnowledgeDocument(metadata, structure.Passages, structure.Tables, relativePath, Convert.ToHexString(SHA256.HashData(content)));
    }

    /// <summary>Reads a file into front matter and raw body without parsing its structure.</summary>
    /// <exception cref="CorpusFormatException">The file type is unsupported or the file unreadable.</exception>
    public SourceText ReadSource(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var reader = FindReader(path) ?? throw new CorpusFormatException($"unsupported file type '{Path.GetExtension(path)}'");
        return content.Length == 0 ? throw new CorpusFormatException("empty file") : Read(reader, content);
    }

    // Each reader bounds its own parsing; this bounds what any of them hands on to cleaning, structure and indexing.
    private static SourceText Read(IDocumentReader reader, byte[] content)
    {
        var source = reader.Read(content);
        var characters = source.Body.Length + (source.FrontMatter?.Length ?? 0);
        return characters > ReaderLimits.MaxTextCharacters
            ? throw new CorpusFormatException($"file: {characters} characters of text, over the limit of {ReaderLimits.MaxTextCharacters}")
            : source;
    }

    private IDocumentReader? FindReader(string path)
    {
        var extension = Path.GetExtension(path);
        return _readers.FirstOrDefault(r => r.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    private static string FallbackId(string relativePath) =>
        Path.GetFileNameWithoutExtension(relativePath).ToLowerInvariant().Replace(' ', '-');
}
