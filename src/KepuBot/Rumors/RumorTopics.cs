using KepuKnowledge.Analysis;

namespace KepuBot.Rumors;

/// <summary>Files a claim under a queue topic from the keyword table in <c>rumor-topics.txt</c>.</summary>
public static class RumorTopics
{
    /// <summary>The topic of claims no keyword matches.</summary>
    public const string Other = "其他";

    private static readonly Lazy<IReadOnlyList<(string Topic, string[] Words)>> Table = new(Load);

    /// <summary>Every topic, in table order, then <see cref="Other"/>.</summary>
    public static IReadOnlyList<string> All => [.. Table.Value.Select(t => t.Topic), Other];

    /// <summary>The topic of <paramref name="claim"/>.</summary>
    public static string Of(string claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = ChineseNormalizer.Normalize(claim).ToLowerInvariant();
        return Table.Value.FirstOrDefault(t => t.Words.Any(w => text.Contains(w, StringComparison.Ordinal))).Topic ?? Other;
    }

    private static List<(string Topic, string[] Words)> Load() =>
        EmbeddedTable.Lines("rumor-topics.txt")
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (parts[0].Trim(), parts[1].Split(',', '，').Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0).ToArray()))
            .ToList();
}
