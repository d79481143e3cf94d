using KepuBot.Safety.Learned;

namespace KepuBot.Evaluation;

/// <summary>Reads the tab-separated evaluation sets (first line is the header).</summary>
public static class TsvCases
{
    /// <summary>Reads question cases: id, kind, question, expect_doc, must_contain (| separates forms).</summary>
    public static IReadOnlyList<QuestionCase> ReadQuestions(string path) =>
        TsvRows.Read(path, 5).Select(c => new QuestionCase(c[0], c[1], c[2], c[3], c[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();

    /// <summary>Reads real-style resident cases: id, kind, expect, question, expect_doc, must_contain, number (| separates forms).</summary>
    public static IReadOnlyList<ResidentCase> ReadResidents(string path) =>
        TsvRows.Read(path, 7).Select(c => new ResidentCase(c[0], c[1], Expect(path, c), c[3], c[4].Trim(), Forms(c[5]), Forms(c[6]))).ToList();

    private static string Expect(string path, string[] cells) =>
        cells[2] is ResidentCase.Answer or ResidentCase.Emergency or ResidentCase.Decline
            ? cells[2]
            : throw new FormatException($"{path}: case {cells[0]}: expect must be answer, emergency or decline, not '{cells[2]}'");

    private static string[] Forms(string cell) => cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Reads FAQ match cases: id, expect (an FAQ entry id, or none for a near miss), question.</summary>
    public static IReadOnlyList<(string Id, string Expect, string Text)> ReadFaqMatches(string path) =>
        TsvRows.Read(path, 3).Select(c => (c[0], c[1], c[2])).ToList();
}
