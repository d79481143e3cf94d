namespace KepuBot.Rumors;

/// <summary>
/// The JSON a spreading alert POSTs to <c>Rumors:WebhookUrl</c>. <c>alertId</c> is stable across retries, so a
/// receiver can drop a repeat delivery.
/// </summary>
public sealed record RumorAlertPayload(
    string Type,
    string AlertId,
    string CaseId,
    string Claim,
    string Topic,
    string Status,
    long ReportsInWindow,
    int WindowMinutes,
    long TotalReports,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    string? DebunkId,
    string Text)
{
    /// <summary>The alert for <paramref name="alert"/> on <paramref name="case"/>.</summary>
    public static RumorAlertPayload From(RumorAlert alert, RumorCase @case, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(@case);
        var minutes = (int)window.TotalMinutes;
        return new RumorAlertPayload(
            "rumor.spreading",
            alert.Id,
            @case.Id,
            @case.Claim,
            @case.Topic,
            @case.Status,
            alert.ReportsInWindow,
            minutes,
            @case.ReportCount,
            @case.FirstSeen,
            @case.LastSeen,
            @case.DebunkId,
            $"【谣言扩散预警】“{@case.Claim}”在{minutes}分钟内被问到{alert.ReportsInWindow}次（累计{@case.ReportCount}次），请尽快核查处置。");
    }
}
