namespace KepuBot.Rumors;

/// <summary>
/// Picks the case a report belongs to. The same vetted debunk decides first (the detector already judged the
/// wording to be that claim); a different debunk keeps cases apart; otherwise the closest wording above the
/// threshold wins; nothing close enough opens a new case.
/// </summary>
public static class ClaimMatcher
{
    /// <summary>The id of the case to join, or null for a new case.</summary>
    public static string? Choose(RumorReport report, IReadOnlyList<RumorCaseCandidate> candidates, double threshold)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(candidates);
        if (report.DebunkId is not null && candidates.FirstOrDefault(c => c.DebunkId == report.DebunkId) is { } sameDebunk)
        {
            return sameDebunk.Id;
        }

        var best = candidates
            .Where(c => c.DebunkId is null || report.DebunkId is null || c.DebunkId == report.DebunkId)
            .Select(c => (c.Id, Score: c.Variants.Count == 0 ? 0 : c.Variants.Max(v => ClaimSimilarity.Score(v, report.Canonical))))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Id is not null && best.Score >= threshold ? best.Id : null;
    }
}
