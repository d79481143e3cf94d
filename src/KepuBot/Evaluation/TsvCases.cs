using KepuBot.Safety.Fraud;

namespace KepuBot.Evaluation;

/// <summary>Reads the tab-separated evaluation sets (first line is the header).</summary>
public static class TsvCases
{
    /// <summary>Reads question cases: id, kind, question, expect_doc, must_contain (| separates forms).</summary>
    public static IReadOnlyList<QuestionCase> ReadQuestions(string path) =>
        Rows(path, 5).Select(c => new QuestionCase(c[0], c[1], c[2], c[3], c[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();

    /// <summary>Reads flag cases: id, expect (rumor | fraud | none), text, and optionally the fraud level and scenario.</summary>
    public static IReadOnlyList<FlagCase> ReadFlags(string path) =>
        Rows(path, 3).Select(c => new FlagCase(c[0], c[1], c[2], Level(path, c), c.Length > 4 && c[4].Trim().Length > 0 ? c[4].Trim() : null)).ToList();

    /// <summary>
    /// Reads real-style message cases: id, style (chat-ocr | sms | weibo | wechat-forward | voice | question), expect,
    /// text. The level is high for fraud (a scam under way) and none otherwise, as in a flag file without a level column.
    /// </summary>
    public static IReadOnlyList<FlagCase> ReadMessages(string path) =>
        Rows(path, 4).Select(c => new FlagCase(c[0], c[2], c[3], Level(path, [c[0], c[2], c[3]]), null, c[1].Trim())).ToList();

    private static FraudRisk Level(string path, string[] cells)
    {
        if (!new[] { FlagCase.Rumor, FlagCase.Fraud, FlagCase.None }.Contains(cells[1]))
        {
            throw new FormatException($"{path}: case {cells[0]}: expect must be rumor, fraud or none, not '{cells[1]}'");
        }

        var level = cells.Length > 3 ? cells[3].Trim() : string.Empty;
        return level switch
        {
            "" => cells[1] == FlagCase.Fraud ? FraudRisk.High : FraudRisk.None,
            "high" => FraudRisk.High,
            "medium" => FraudRisk.Medium,
            "none" => FraudRisk.None,
            _ => throw new FormatException($"{path}: case {cells[0]}: level must be high, medium or none, not '{level}'"),
        };
    }

    /// <summary>Reads real-style resident cases: id, kind, expect, question, expect_doc, must_contain, number (| separates forms).</summary>
    public static IReadOnlyList<ResidentCase> ReadResidents(string path) =>
        Rows(path, 7).Select(c => new ResidentCase(c[0], c[1], Expect(path, c), c[3], c[4].Trim(), Forms(c[5]), Forms(c[6]))).ToList();

    private static string Expect(string path, string[] cells) =>
        cells[2] is ResidentCase.Answer or ResidentCase.Emergency or ResidentCase.Decline
            ? cells[2]
            : throw new FormatException($"{path}: case {cells[0]}: expect must be answer, emergency or decline, not '{cells[2]}'");

    private static string[] Forms(string cell) => cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Reads FAQ match cases: id, expect (an FAQ entry id, or none for a near miss), question.</summary>
    public static IReadOnlyList<(string Id, string Expect, string Text)> ReadFaqMatches(string path) =>
        Rows(path, 3).Select(c => (c[0], c[1], c[2])).ToList();

    private static IEnumerable<string[]> Rows(string path, int columns)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < columns)
            {
                throw new FormatException($"{path}:{lineNumber}: expected {columns} tab-separated columns, found {cells.Length}");
            }

            yield return cells;
        }
    }
}
