using KepuBot.Safety.Fraud;

namespace KepuBot.Safety.Learned;

/// <summary>
/// Reads the labelled message sets (first line is the header): the classifier trains on them and the evaluation
/// scores the detectors on them.
/// </summary>
public static class FlagCases
{
    /// <summary>Reads flag cases: id, expect (rumor | fraud | none), text, and optionally the fraud level and scenario.</summary>
    public static IReadOnlyList<FlagCase> ReadFlags(string path) =>
        TsvRows.Read(path, 3).Select(c => new FlagCase(c[0], c[1], c[2], Level(path, c), c.Length > 4 && c[4].Trim().Length > 0 ? c[4].Trim() : null)).ToList();

    /// <summary>
    /// Reads real-style message cases: id, style (chat-ocr | sms | weibo | wechat-forward | voice | question), expect,
    /// text. The level is high for fraud (a scam under way) and none otherwise, as in a flag file without a level column.
    /// </summary>
    public static IReadOnlyList<FlagCase> ReadMessages(string path) =>
        TsvRows.Read(path, 4).Select(c => new FlagCase(c[0], c[2], c[3], Level(path, [c[0], c[2], c[3]]), null, c[1].Trim())).ToList();

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
}
