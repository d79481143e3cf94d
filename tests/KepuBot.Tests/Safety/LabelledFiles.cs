namespace KepuBot.Tests.Safety;

/// <summary>Names of labelled message files in a folder, as theory data (one test case per file).</summary>
internal static class LabelledFiles
{
    public static TheoryData<string> In(string folder, string pattern)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }
}
