using System.Text.RegularExpressions;

namespace KepuKnowledge.Ingestion;

/// <summary>
/// Rebuilds a 工作清单 table that a web-to-text copy flattened into one cell per line
/// (序号 / 责任单位 / 主要工作 / 具体任务, then 1 / 各镇街 / 实施…行动 / task / task …) into Markdown rows,
/// one row per task, so the row structure survives.
/// </summary>
public static partial class FlattenedTableRebuilder
{
    private static readonly string[] Header = ["序号", "责任单位", "主要工作", "具体任务"];

    /// <summary>Returns the lines with any flattened work list replaced by a Markdown table.</summary>
    public static IReadOnlyList<string> Rebuild(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var output = new List<string>();
        var i = 0;
        while (i < lines.Count)
        {
            if (!StartsHeader(lines, i))
            {
                output.Add(lines[i]);
                i++;
                continue;
            }

            i += Header.Length;
            var rows = new List<IReadOnlyList<string>>();
            string? number = null, unit = null, action = null;
            while (i < lines.Count)
            {
                var line = lines[i];
                if (RowNumber().IsMatch(line) && i + 1 < lines.Count)
                {
                    number = line;
                    unit = lines[i + 1];
                    action = null;
                    i += 2;
                    continue;
                }

                if (number is null || OfficialHeading.IsNumbered(line) || line.StartsWith('#'))
                {
                    break;
                }

                if (IsAction(line))
                {
                    action = line;
                }
                else
                {
                    rows.Add([number, unit!, action ?? string.Empty, line]);
                }

                i++;
            }

            output.Add(MarkdownTable.Format(Header, rows));
        }

        return output;
    }

    /// <summary>Whether a line names a 主要工作 (an action or programme) rather than a task.</summary>
    public static bool IsAction(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Length <= 30 && ActionName().IsMatch(line);
    }

    private static bool StartsHeader(IReadOnlyList<string> lines, int at) =>
        at + Header.Length <= lines.Count && Header.Select((h, k) => lines[at + k] == h).All(x => x);

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^实施.{2,26}(行动|工程|计划)$")]
    private static partial Regex ActionName();
}
