using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace KepuKnowledge.Tests.Ingestion.Readers;

/// <summary>
/// Hostile files built byte by byte, as an attacker would: an Office SDK or PDF writer refuses to produce (or would
/// itself overflow on) the nesting and sizes these tests need.
/// </summary>
internal static class CraftedFiles
{
    public const string WordNamespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private const string ContentTypes = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private const string PackageRelationships = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    /// <summary>A .docx whose word/document.xml is <paramref name="body"/> inside &lt;w:document&gt;&lt;w:body&gt;.</summary>
    public static byte[] Docx(string body) => Docx($"<?xml version=\"1.0\"?><w:document {WordNamespace}><w:body>{body}</w:body></w:document>", []);

    /// <summary>A .docx with the given document part and extra parts.</summary>
    public static byte[] Docx(string documentXml, IReadOnlyList<(string Name, Action<Stream> Write)> extraParts) =>
        Docx(s => s.Write(Encoding.UTF8.GetBytes(documentXml)), extraParts);

    /// <summary>A .docx whose parts are written by callbacks, so hundreds of MB never sit in memory.</summary>
    public static byte[] Docx(Action<Stream> writeDocument, IReadOnlyList<(string Name, Action<Stream> Write)> extraParts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", s => s.Write(Encoding.UTF8.GetBytes(ContentTypes)));
            Add(zip, "_rels/.rels", s => s.Write(Encoding.UTF8.GetBytes(PackageRelationships)));
            Add(zip, "word/document.xml", writeDocument);
            foreach (var (name, write) in extraParts)
            {
                Add(zip, name, write);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="count"/> copies of <paramref name="value"/> (the body of a decompression bomb).</summary>
    public static void Repeat(Stream target, byte value, long count)
    {
        var block = new byte[1024 * 1024];
        Array.Fill(block, value);
        for (var written = 0L; written < count; written += block.Length)
        {
            target.Write(block, 0, (int)Math.Min(block.Length, count - written));
        }
    }

    /// <summary>A one-page PDF; <paramref name="catalogExtra"/> goes into the catalog, <paramref name="content"/> is the page's content stream.</summary>
    public static byte[] Pdf(string catalogExtra = "", byte[]? content = null, string contentFilter = "", int pages = 1)
    {
        content ??= "BT /F1 12 Tf 72 712 Td (Hello policy text) Tj ET"u8.ToArray();
        var objects = new List<byte[]>
        {
            Ascii($"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>"),
            Ascii($"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{5 + i} 0 R"))}] /Count {pages} >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            Ascii($"<< /Length {content.Length} {contentFilter} >>\nstream\n").Concat(content).Concat(Ascii("\nendstream")).ToArray(),
        };
        objects.AddRange(Enumerable.Range(0, pages).Select(_ => Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>")));

        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        foreach (var (body, number) in objects.Select((o, i) => (o, i + 1)))
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{number} 0 obj\n"));
            pdf.Write(body);
            pdf.Write(Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        pdf.Write(Ascii($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            pdf.Write(Ascii(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n"));
        }

        pdf.Write(Ascii($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    /// <summary>zlib data (as PDF FlateDecode expects) written by <paramref name="write"/>.</summary>
    public static byte[] Zlib(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            write(zlib);
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, Action<Stream> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        write(stream);
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
