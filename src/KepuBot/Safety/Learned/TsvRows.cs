namespace KepuBot.Safety.Learned;

/// <summary>Rows of a tab-separated case file, each with at least the expected number of columns.</summary>
public static class TsvRows
{
    /// <summary>The cells of each case row, the header, blank lines and <c>#</c> comments skipped.</summary>
    public static IEnumerable<string[]> Read(string path, int columns)
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
