namespace KepuBot.Tests.Safety;

/// <summary>Reads the tab-separated case tables under Safety/Cases (header line first, # for comments).</summary>
internal static class SafetyCases
{
    public static TheoryData<string, string, string, string> Read(string file)
    {
        var data = new TheoryData<string, string, string, string>();
        var path = Path.Combine(RepoPaths.Root, "tests", "KepuBot.Tests", "Safety", "Cases", file);
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            if (cells.Length != 4)
            {
                throw new FormatException($"{file}: expected 4 tab-separated columns: {line}");
            }

            data.Add(cells[0], cells[1], cells[2], cells[3]);
        }

        return data;
    }
}
