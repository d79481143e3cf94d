using KepuBot.Persistence.Audit;
using KepuBot.Rumors;

namespace KepuBot.Staff.Rumors;

/// <summary>
/// One case in full: the case, whether it is spreading, its distinct claims, the latest reports, reports per hour
/// (last 24) and per day (last 30), and its audit history.
/// </summary>
public sealed record RumorCaseDetail(
    RumorCase Case,
    bool Spreading,
    IReadOnlyList<string> Claims,
    IReadOnlyList<RumorReportEntry> Reports,
    IReadOnlyList<TrendPoint> Hourly,
    IReadOnlyList<TrendPoint> Daily,
    IReadOnlyList<AuditEntry> History);
