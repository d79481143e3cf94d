using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KepuKnowledge.Ingestion.Readers;

/// <summary>
/// Word documents: paragraphs become lines, tables become pipe rows so their structure survives. The package is checked
/// against <see cref="ReaderLimits"/> (<see cref="DocxPackageScan"/>) before the Open XML SDK loads any of it.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    /// <inheritdoc />
    public SourceText Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        DocxPackageScan.Check(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new CorpusFormatException("docx: the document has no body");
            var lines = new List<string>();
            var characters = 0L;
            foreach (var element in body.ChildElements)
            {
                var line = element switch
                {
                    Paragraph paragraph => paragraph.InnerText,
                    Table table => FormatTable(table),
                    _ => null,
                };
                if (line is null)
                {
                    continue;
                }

                characters += line.Length + 1;
                if (characters > ReaderLimits.MaxTextCharacters)
                {
                    throw new CorpusFormatException($"docx: over {ReaderLimits.MaxTextCharacters} characters of text");
                }

                lines.Add(line);
            }

            return new SourceText(null, string.Join('\n', lines));
        }
        catch (Exception ex) when (ex is not CorpusFormatException and not OutOfMemoryException)
        {
            // The package has passed the scan, so what the SDK still finds wrong (a missing part, a bad relationship,
            // an unexpected element; it uses many exception types) is a broken upload, not a failure of the service.
            throw new CorpusFormatException($"docx: not a readable Word document ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }

    private static string FormatTable(Table table)
    {
        var rows = table.Elements<TableRow>()
            .Select(row => (IReadOnlyList<string>)row.Elements<TableCell>().Select(cell => string.Join(' ', cell.Elements<Paragraph>().Select(p => p.InnerText.Trim()))).ToArray())
            .Where(cells => cells.Count > 0)
            .ToList();
        return rows.Count == 0 ? string.Empty : MarkdownTable.Format(rows[0], rows.Skip(1));
    }
}
