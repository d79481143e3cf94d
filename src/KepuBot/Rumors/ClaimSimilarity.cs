namespace KepuBot.Rumors;

/// <summary>
/// How alike two canonical claims are, 0–1. Characters one claim has and the other lacks are either extra detail
/// (喝醉了喝一杯浓茶解酒 vs 喝浓茶解酒: cheap) or something said differently on both sides — a different subject or
/// assertion (香蕉/芹菜降血压, 养老金停发/上调: costly). Character overlap, not word overlap, so it survives
/// segmentation differences and word order (鸡蛋和豆浆 / 豆浆冲鸡蛋).
/// </summary>
public static class ClaimSimilarity
{
    // Cost of one character replaced on each side, and of one character only one side has (per pair of characters
    // compared). Tuned on tests/KepuBot.Tests/Staff/Rumors/paraphrase-groups.txt.
    private const double Replaced = 3.0;
    private const double Extra = 0.3;

    /// <summary>The similarity of two canonical claims.</summary>
    public static double Score(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length + b.Length == 0)
        {
            return 0;
        }

        var counts = new Dictionary<char, int>();
        foreach (var c in a)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        var common = 0;
        foreach (var c in b)
        {
            if (counts.GetValueOrDefault(c) > 0)
            {
                counts[c]--;
                common++;
            }
        }

        var onlyA = a.Length - common;
        var onlyB = b.Length - common;
        var cost = (Replaced * Math.Min(onlyA, onlyB)) + (Extra * Math.Abs(onlyA - onlyB));
        return Math.Max(0, 1 - (cost / (a.Length + b.Length)));
    }
}
