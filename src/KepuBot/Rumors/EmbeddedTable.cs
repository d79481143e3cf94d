using System.Reflection;

namespace KepuBot.Rumors;

/// <summary>Reads the editable word tables embedded next to the queue code (one entry a line, <c>#</c> comments).</summary>
public static class EmbeddedTable
{
    /// <summary>The non-empty, non-comment lines of <c>Rumors/<paramref name="file"/></c>.</summary>
    public static IReadOnlyList<string> Lines(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KepuBot.Rumors." + file)
            ?? throw new InvalidOperationException(file + " is not embedded");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Trim().Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line.Trim());
            }
        }

        return lines;
    }
}
