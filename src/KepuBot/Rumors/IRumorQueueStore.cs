namespace KepuBot.Rumors;

/// <summary>The 辟谣 follow-up queue: reports grouped into cases, and staff changes to them.</summary>
public interface IRumorQueueStore
{
    /// <summary>
    /// Records a report in one transaction: it joins the case <paramref name="chooseCase"/> picks among the candidates
    /// (cases with the same debunk or sharing wording), or opens a new one; if the case now has
    /// <see cref="SpreadingRule.Threshold"/> reports within the window for the first time in that window, it is
    /// marked spreading and, when alerts are on, an alert is queued in the same transaction.
    /// </summary>
    Task<RumorReportOutcome> AddReportAsync(RumorReport report, Func<IReadOnlyList<RumorCaseCandidate>, string?> chooseCase, SpreadingRule spreading, CancellationToken cancellationToken);

    /// <summary>A page of cases.</summary>
    Task<RumorCasePage> ListAsync(RumorCaseQuery query, CancellationToken cancellationToken);

    /// <summary>One case, with its reports since <paramref name="recentSince"/> counted; null when unknown.</summary>
    Task<RumorCase?> GetAsync(string caseId, DateTimeOffset recentSince, CancellationToken cancellationToken);

    /// <summary>The case's latest reports, newest first.</summary>
    Task<IReadOnlyList<RumorReportEntry>> ReportsAsync(string caseId, int limit, CancellationToken cancellationToken);

    /// <summary>The distinct claims reported in the case (masked), first seen first.</summary>
    Task<IReadOnlyList<string>> ClaimVariantsAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>Report times of the given cases since <paramref name="since"/>, for trends.</summary>
    Task<IReadOnlyList<(string CaseId, DateTimeOffset At)>> ReportTimesAsync(IReadOnlyCollection<string> caseIds, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Topics in use with their case counts.</summary>
    Task<IReadOnlyDictionary<string, long>> TopicCountsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies a staff change: <paramref name="change"/> sees the current case inside the transaction and returns the
    /// new state with its audit entry (or null for no change). Returns the case after, or null when it does not exist.
    /// </summary>
    Task<RumorCase?> UpdateAsync(string caseId, Func<RumorCase, RumorCaseChange?> change, CancellationToken cancellationToken);
}
