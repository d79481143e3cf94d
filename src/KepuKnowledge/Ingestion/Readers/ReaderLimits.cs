namespace KepuKnowledge.Ingestion.Readers;

/// <summary>
/// What any one file may make a reader do. Parsers recurse once per nesting level and hold what they decompress in
/// memory, so a small upload that nests deeply or decompresses hugely would overflow the stack (which no handler can
/// catch) or take gigabytes. Each reader checks its file against these before the parser goes deep, and refuses it
/// with a <see cref="CorpusFormatException"/> naming the limit. The largest bundled document is under 40,000
/// characters, its front matter under 500 bytes; the limits leave room for documents many times that size.
/// </summary>
public static class ReaderLimits
{
    /// <summary>Characters of text a file may yield, in any format.</summary>
    public const int MaxTextCharacters = 1_000_000;

    /// <summary>Characters of an HTML page, markup included.</summary>
    public const int MaxHtmlCharacters = 4_000_000;

    /// <summary>Nesting levels of XML elements (.docx), HTML elements and PDF objects.</summary>
    public const int MaxNesting = 256;

    /// <summary>Nesting levels of YAML front matter, which is flat: fields, and lists of values.</summary>
    public const int MaxFrontMatterNesting = 16;

    /// <summary>Characters of YAML front matter.</summary>
    public const int MaxFrontMatterCharacters = 16 * 1024;

    /// <summary>Elements in one XML part of a .docx, or in one HTML page.</summary>
    public const int MaxElements = 500_000;

    /// <summary>Bytes one part of a .docx may decompress to.</summary>
    public const long MaxPartBytes = 32L * 1024 * 1024;

    /// <summary>Bytes all parts of a .docx together may decompress to.</summary>
    public const long MaxPackageBytes = 128L * 1024 * 1024;

    /// <summary>Parts (zip entries) in a .docx.</summary>
    public const int MaxPackageParts = 1_000;

    /// <summary>Bytes the compressed streams of a PDF may decode to, all together.</summary>
    public const long MaxPdfDecodedBytes = 64L * 1024 * 1024;

    /// <summary>Pages of a PDF.</summary>
    public const int MaxPdfPages = 2_000;

    /// <summary>"32 MB" for messages.</summary>
    internal static string Megabytes(long bytes) => $"{bytes / (1024 * 1024)} MB";
}
