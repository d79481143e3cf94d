namespace KepuBot.Tests.Staff.Rumors;

/// <summary>The paraphrase groups of <c>paraphrase-groups.txt</c>: name → messages.</summary>
internal static class ParaphraseGroups
{
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Messages)> Load()
    {
        var groups = new List<(string Name, List<string> Messages)>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Staff", "Rumors", "paraphrase-groups.txt")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                groups.Add((line[3..].Trim(), []));
            }
            else if (line.Trim().Length > 0 && !line.StartsWith('#'))
            {
                groups[^1].Messages.Add(line.Trim());
            }
        }

        return groups.Select(g => (g.Name, (IReadOnlyList<string>)g.Messages)).ToList();
    }
}
