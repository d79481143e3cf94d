using System.IO.Compression;
using System.Xml;

namespace KepuKnowledge.Ingestion.Readers;

/// <summary>
/// Reads every part of a .docx once, streaming, before the Open XML SDK loads it: the SDK builds each part's element
/// tree by recursion (a 5 KB file nesting <c>&lt;w:sdt&gt;</c> 30,000 deep overflows the stack) and holds decompressed
/// parts and text whole (a 300 KB file with 300 MB of spaces in one <c>&lt;w:t&gt;</c> took 5 GB). Here nothing is kept:
/// bytes are counted as they inflate and XML is walked by a reader that tracks depth itself, so the limits in
/// <see cref="ReaderLimits"/> are checked while each part is read and a part over one is refused at that point.
/// </summary>
internal static class DocxPackageScan
{
    private const int CopyBufferBytes = 64 * 1024;

    /// <exception cref="CorpusFormatException">The package is not a zip, is over a limit, or holds malformed XML or a DTD.</exception>
    public static void Check(byte[] content)
    {
        using var archive = Open(content);
        if (archive.Entries.Count > ReaderLimits.MaxPackageParts)
        {
            throw new CorpusFormatException($"docx: {archive.Entries.Count} parts, over the limit of {ReaderLimits.MaxPackageParts}");
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            var budget = Math.Min(ReaderLimits.MaxPartBytes, ReaderLimits.MaxPackageBytes - total);
            using var inflated = new CountingStream(OpenEntry(entry), budget);
            try
            {
                if (IsXml(entry.FullName))
                {
                    CheckXml(entry.FullName, inflated);
                }
                else
                {
                    inflated.CopyTo(Stream.Null, CopyBufferBytes);
                }
            }
            catch (InvalidDataException ex)
            {
                throw new CorpusFormatException($"docx: part {entry.FullName} does not decompress ({ex.Message})", ex);
            }

            if (inflated.Exceeded)
            {
                throw new CorpusFormatException(budget < ReaderLimits.MaxPartBytes
                    ? $"docx: the parts decompress to over {ReaderLimits.Megabytes(ReaderLimits.MaxPackageBytes)} in all"
                    : $"docx: part {entry.FullName} decompresses to over {ReaderLimits.Megabytes(ReaderLimits.MaxPartBytes)}");
            }

            total += inflated.Count;
        }
    }

    private static ZipArchive Open(byte[] content)
    {
        try
        {
            return new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new CorpusFormatException($"docx: not a readable Word document ({ex.Message})", ex);
        }
    }

    private static Stream OpenEntry(ZipArchiveEntry entry)
    {
        try
        {
            return entry.Open();
        }
        catch (InvalidDataException ex)
        {
            throw new CorpusFormatException($"docx: part {entry.FullName} cannot be opened ({ex.Message})", ex);
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static void CheckXml(string name, CountingStream part)
    {
        // No DTDs: Word never writes one, and entities are how XML bombs expand.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        var elements = 0;
        try
        {
            using var reader = XmlReader.Create(part, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth >= ReaderLimits.MaxNesting)
                {
                    throw new CorpusFormatException($"docx: part {name} nests elements deeper than {ReaderLimits.MaxNesting} levels");
                }

                if (++elements > ReaderLimits.MaxElements)
                {
                    throw new CorpusFormatException($"docx: part {name} has over {ReaderLimits.MaxElements} elements");
                }
            }
        }
        catch (XmlException ex) when (!part.Exceeded)
        {
            // Line and position only: the message can quote the document's text.
            throw new CorpusFormatException(ex.Message.Contains("DTD", StringComparison.Ordinal)
                ? $"docx: part {name} contains a DTD, which Word documents never need"
                : $"docx: part {name} is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition})", ex);
        }
        catch (XmlException)
        {
            // The part was cut off at its size limit mid-element; the caller reports the limit.
        }
    }
}
