using System.Text.RegularExpressions;
using KepuKnowledge.Corpus;

namespace KepuKnowledge.Duties;

/// <summary>
/// Extracts duties from a policy document: work-list tables (序号 / 责任单位 / 主要工作 / 具体任务), "责任单位：…"
/// notes after numbered items, sentences that assign work ("教育部门负责…"), and duties addressed to every unit
/// ("各级各部门各单位要…").
/// </summary>
public static partial class DutyExtractor
{
    /// <summary>All duties in a document, in reading order.</summary>
    public static IReadOnlyList<Duty> Extract(KnowledgeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Metadata.Kind != DocumentKinds.Policy)
        {
            return [];
        }

        var duties = new List<Duty>();
        duties.AddRange(document.Tables.SelectMany(t => FromTable(document.Id, t)));
        foreach (var section in document.Passages.Where(p => !IsTableRow(p)).GroupBy(p => p.Section))
        {
            var text = string.Concat(section.Select(p => p.Text));
            duties.AddRange(FromSection(document.Id, section.Key, section.First().HeadingPath, text));
        }

        return duties;
    }

    private static IEnumerable<Duty> FromTable(string docId, DocumentTable table)
    {
        var unit = table.ColumnIndex("责任单位");
        var task = table.ColumnIndex("具体任务");
        var action = table.ColumnIndex("主要工作");
        if (unit < 0 || task < 0)
        {
            yield break;
        }

        foreach (var row in table.Rows)
        {
            var actionName = action >= 0 && row[action].Length > 0 ? row[action] : null;
            var section = string.Join(Passage.PathSeparator, new[] { table.Caption, row[unit], actionName ?? string.Empty }.Where(s => s.Length > 0));
            yield return Make(docId, section, SplitUnits(row[unit]), actionName, row[task]);
        }
    }

    private static IEnumerable<Duty> FromSection(string docId, string section, IReadOnlyList<string> path, string text)
    {
        var action = path.Count >= 2 ? path[^2] : path.Count == 1 ? path[0] : null;
        var note = ResponsibleNote().Match(text);
        if (note.Success)
        {
            var task = ResponsibleNote().Replace(text, string.Empty).Trim();
            yield return Make(docId, section, SplitUnits(note.Groups["units"].Value), action, task);
            yield break;
        }

        // Once a section addresses every unit, its later dated or counted requirements are theirs too
        // ("各级各部门各单位要…制定工作计划。本年度工作计划于5月25日前…报送").
        var addressedToAll = false;
        foreach (var sentence in Sentences(text))
        {
            var assigned = Assignment().Match(sentence);
            if (assigned.Success)
            {
                var units = SplitUnits(assigned.Groups["units"].Value).Select(u => Regex.IsMatch(u, "(部门|局|委|会|协|联|组织)$") ? u : u + assigned.Groups["suffix"].Value).ToList();
                yield return Make(docId, section, units, action, sentence);
                continue;
            }

            if (EveryUnitSentence().IsMatch(sentence))
            {
                addressedToAll = true;
                yield return Make(docId, section, [Duty.EveryUnit], action, sentence);
            }
            else if (addressedToAll && (DutyTextParser.Deadline(sentence) is not null || DutyTextParser.Frequency(sentence) is not null))
            {
                yield return Make(docId, section, [Duty.EveryUnit], action, sentence);
            }
        }
    }

    private static Duty Make(string docId, string section, IReadOnlyList<string> units, string? action, string task) =>
        new(docId, section, units, action, task.Trim(), DutyTextParser.Frequency(task), DutyTextParser.Deadline(task));

    private static List<string> SplitUnits(string text) =>
        text.Split(['、', '，', ',', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => u.TrimEnd('等')).Where(u => u.Length > 0).ToList();

    private static string[] Sentences(string text) =>
        text.Split(['。', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsTableRow(Passage passage) => passage.Text.StartsWith("责任单位：", StringComparison.Ordinal) && passage.Text.Contains("具体任务：", StringComparison.Ordinal);

    [GeneratedRegex(@"\n?责任单位[:：]\s*(?<units>[^\n。]+)[。]?\s*$")]
    private static partial Regex ResponsibleNote();

    // "教育部门负责…", "应急、气象等部门负责…", "各级科协组织牵头负责…".
    [GeneratedRegex(@"^(?<units>[\u4E00-\u9FFF、]{2,24}?)(等)?(?<suffix>部门|单位|组织)?(牵头)?负责(?<task>.{4,})$")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"(各级各部门各单位|各级各部门|各单位|各成员单位)(要|应|须|必须)")]
    private static partial Regex EveryUnitSentence();
}
