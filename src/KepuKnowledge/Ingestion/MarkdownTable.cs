using KepuKnowledge.Corpus;

namespace KepuKnowledge.Ingestion;

/// <summary>Reads a Markdown pipe table into a <see cref="DocumentTable"/>.</summary>
public static class MarkdownTable
{
    /// <summary>Parses pipe rows; the first is the header, a <c>|---|</c> row is skipped.</summary>
    public static DocumentTable Parse(string caption, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rows = lines.Select(SplitRow).Where(cells => !cells.All(IsRule)).ToList();
        if (rows.Count == 0)
        {
            return new DocumentTable(caption, [], []);
        }

        var headers = rows[0];
        var body = rows.Skip(1)
            .Select(cells => (IReadOnlyList<string>)Enumerable.Range(0, headers.Count).Select(i => i < cells.Count ? cells[i] : string.Empty).ToArray())
            .ToList();
        return new DocumentTable(caption, headers, body);
    }

    /// <summary>Formats rows as a Markdown pipe table, escaping pipes inside cells.</summary>
    public static string Format(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var lines = new List<string>
        {
            Row(headers),
            Row(headers.Select(_ => "---").ToArray()),
        };
        lines.AddRange(rows.Select(Row));
        return string.Join('\n', lines);

        static string Row(IReadOnlyList<string> cells) =>
            "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "｜", StringComparison.Ordinal).Replace('\n', ' '))) + " |";
    }

    private static List<string> SplitRow(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|'))
        {
            trimmed = trimmed[1..];
        }

        if (trimmed.EndsWith('|'))
        {
            trimmed = trimmed[..^1];
        }

        return trimmed.Split('|').Select(c => c.Trim()).ToList();
    }

    private static bool IsRule(string cell) => cell.Length > 0 && cell.All(c => c is '-' or ':' or ' ');
}
