using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KepuKnowledge.Duties;

/// <summary>A unit's checklist as Markdown, CSV or a Word document staff can print.</summary>
public static class DutyChecklistExporter
{
    private static readonly string[] Columns = ["序号", "来源文件", "主要工作", "具体任务", "频次", "时限"];

    /// <summary>Markdown: a heading and a table grouped by action.</summary>
    public static string ToMarkdown(DutyLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var text = new StringBuilder();
        text.Append("# ").Append(Title(lookup)).Append("\n\n");
        text.Append("| ").Append(string.Join(" | ", Columns)).Append(" |\n|").Append(string.Concat(Columns.Select(_ => "---|"))).Append('\n');
        foreach (var row in Rows(lookup))
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(c => c.Replace("|", "｜", StringComparison.Ordinal)))).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>CSV (UTF-8 with BOM so spreadsheet programs read Chinese correctly).</summary>
    public static byte[] ToCsv(DutyLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var text = new StringBuilder();
        text.AppendJoin(',', Columns).Append("\r\n");
        foreach (var row in Rows(lookup))
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A Word document with a title and the checklist table.</summary>
    public static byte[] ToDocx(DutyLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new RunProperties(new Bold(), new FontSize { Val = "32" }), new Text(Title(lookup)))));
            var table = new Table(new TableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            table.Append(Row(Columns, bold: true));
            foreach (var row in Rows(lookup))
            {
                table.Append(Row(row, bold: false));
            }

            body.Append(table);
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>A frequency as Chinese text (每年不少于2次).</summary>
    public static string Describe(DutyFrequency? frequency) => frequency is null ? string.Empty : $"每{Period(frequency.Period)}不少于{frequency.Count}{frequency.Unit}";

    private static string Title(DutyLookup lookup) =>
        $"{string.Join("、", lookup.MatchedUnits.DefaultIfEmpty(lookup.Unit))}工作任务清单（共{lookup.Duties.Count}项）";

    private static IEnumerable<string[]> Rows(DutyLookup lookup) =>
        lookup.Duties
            .Select((d, i) => (Duty: d, Index: i))
            .OrderBy(x => x.Duty.DocId, StringComparer.Ordinal)
            .ThenBy(x => x.Duty.Action ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(x => x.Index)
            .Select((x, n) => new[]
            {
                (n + 1).ToString(CultureInfo.InvariantCulture),
                x.Duty.DocId,
                x.Duty.Action ?? string.Empty,
                x.Duty.Task,
                Describe(x.Duty.Frequency),
                x.Duty.Deadline ?? string.Empty,
            });

    private static TableRow Row(IEnumerable<string> cells, bool bold) =>
        new(cells.Select(c => new TableCell(new Paragraph(new Run(bold ? new RunProperties(new Bold()) : new RunProperties(), new Text(c) { Space = SpaceProcessingModeValues.Preserve })))).ToArray<OpenXmlElement>());

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Period(string period) => period switch
    {
        "year" => "年",
        "quarter" => "季度",
        "month" => "月",
        "week" => "周",
        _ => "日",
    };
}
