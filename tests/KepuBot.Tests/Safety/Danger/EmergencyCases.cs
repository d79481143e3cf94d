namespace KepuBot.Tests.Safety.Danger;

/// <summary>The emergency regression set (<c>emergencies.tsv</c>): id, situation (none = not an emergency), number, text.</summary>
internal static class EmergencyCases
{
    public static string File => Path.Combine(RepoPaths.Root, "tests", "KepuBot.Tests", "Safety", "Danger", "emergencies.tsv");

    public static TheoryData<string, string, string, string> Emergencies() => Rows(emergency: true);

    public static TheoryData<string, string, string, string> Ordinary() => Rows(emergency: false);

    private static TheoryData<string, string, string, string> Rows(bool emergency)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in System.IO.File.ReadLines(File).Skip(1).Where(l => l.Trim().Length > 0))
        {
            var cells = line.Split('\t');
            if ((cells[1] != "none") == emergency)
            {
                data.Add(cells[0], cells[1], cells[2], cells[3]);
            }
        }

        return data;
    }
}
