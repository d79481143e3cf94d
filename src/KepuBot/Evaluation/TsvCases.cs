namespace KepuBot.Evaluation;

/// <summary>Reads the tab-separated evaluation sets (first line is the header).</summary>
public static class TsvCases
{
    /// <summary>Reads question cases: id, kind, question, expect_doc, must_contain (| separates forms).</summary>
    public static IReadOnlyList<QuestionCase> ReadQuestions(string path) =>
        Rows(path, 5).Select(c => new QuestionCase(c[0], c[1], c[2], c[3], c[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();

    /// <summary>Reads flag cases: id, expect (rumor | fraud | none), text.</summary>
    public static IReadOnlyList<(string Id, string Expect, string Text)> ReadFlags(string path) =>
        Rows(path, 3).Select(c => (c[0], c[1], c[2])).ToList();

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
