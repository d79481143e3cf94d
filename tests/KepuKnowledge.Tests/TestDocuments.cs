using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KepuKnowledge.Tests;

/// <summary>Office files built in memory, as staff would upload them.</summary>
internal static class TestDocuments
{
    /// <summary>A .docx with the given paragraphs followed by a table (no table when <paramref name="table"/> is empty).</summary>
    public static byte[] Word(string[] paragraphs, string[][] table)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var text in paragraphs)
            {
                body.Append(new Paragraph(new Run(new Text(text))));
            }

            if (table.Length > 0)
            {
                body.Append(Table(table));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Table Table(string[][] table)
    {
        var wordTable = new Table();
        foreach (var row in table)
        {
            wordTable.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell))))).ToArray<OpenXmlElement>()));
        }

        return wordTable;
    }
}
