using KepuBot.Persistence.Audit;
using KepuBot.Rumors;
using Microsoft.Extensions.Options;

namespace KepuBot.Staff.Rumors;

/// <summary>
/// Reading the 辟谣 queue: <c>GET /api/staff/rumors?status=&amp;topic=&amp;q=&amp;spreading=&amp;sort=&amp;limit=&amp;offset=</c>,
/// <c>GET /api/staff/rumors/topics</c> and <c>GET /api/staff/rumors/{id}</c>. Changes are in <see cref="RumorCaseActionsApi"/>.
/// </summary>
public static class RumorQueueApi
{
    private const int MaxLimit = 200;
    private const int DetailReports = 100;
    private static readonly string[] Sorts = ["recent", "count", "new", "spreading"];

    /// <summary>Maps the endpoints on the staff group.</summary>
    public static void Map(IEndpointRouteBuilder staff)
    {
        var rumors = staff.MapGroup("/rumors");
        rumors.MapGet("", ListAsync).WithName("RumorQueue").WithSummary("The 辟谣 follow-up queue: filter by status, topic, text and spreading; sort by count, recency or spread");
        rumors.MapGet("/topics", TopicsAsync).WithName("RumorTopics").WithSummary("Queue topics with their case counts");
        rumors.MapGet("/{id}", DetailAsync).WithName("RumorCase").WithSummary("One case with its reports, claims, hourly and daily trend and history");
        RumorCaseActionsApi.Map(rumors);
    }

    private static async Task<IResult> ListAsync(
        string? status, string? topic, string? q, bool? spreading, string? sort, int? limit, int? offset,
        IRumorQueueStore store, IOptionsMonitor<RumorQueueOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (status is not (null or "" or "all") && !RumorCaseStatus.IsKnown(status))
        {
            return BadRequest("status 只能是 open、assigned、resolved 或 all。");
        }

        if (sort is not null && !Sorts.Contains(sort))
        {
            return BadRequest("sort 只能是 recent、count、new 或 spreading。");
        }

        if (limit is < 1 or > MaxLimit || offset is < 0 || q is { Length: > 100 } || topic is { Length: > 20 })
        {
            return BadRequest($"limit 应在 1–{MaxLimit} 之间，offset 不能为负，q 不超过100字，topic 不超过20字。");
        }

        var settings = options.CurrentValue;
        var now = clock.GetUtcNow();
        var page = await store.ListAsync(
            new RumorCaseQuery
            {
                Status = status is null or "" or "all" ? null : status,
                Topic = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim(),
                Text = string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
                SpreadingOnly = spreading == true,
                RecentSince = now - settings.SpreadingWindow,
                SpreadingThreshold = settings.SpreadingThreshold,
                Sort = sort ?? "recent",
                Limit = limit ?? 50,
                Offset = offset ?? 0,
            },
            cancellationToken);
        var times = (await store.ReportTimesAsync(page.Cases.Select(c => c.Id).ToList(), now.AddDays(-8), cancellationToken)).ToLookup(t => t.CaseId, t => t.At);
        var cases = page.Cases
            .Select(c => new RumorCaseView(c, c.RecentReports >= settings.SpreadingThreshold, RumorTrend.Daily(times[c.Id], now, 7).Select(p => p.Count).ToList()))
            .ToList();
        return Results.Ok(new { page.Total, cases });
    }

    private static async Task<IResult> TopicsAsync(IRumorQueueStore store, CancellationToken cancellationToken)
    {
        var counts = await store.TopicCountsAsync(cancellationToken);
        var topics = RumorTopics.All.Concat(counts.Keys).Distinct().Select(t => new { topic = t, cases = counts.GetValueOrDefault(t) });
        return Results.Ok(new { topics });
    }

    private static async Task<IResult> DetailAsync(string id, IRumorQueueStore store, IAuditLog audit, IOptionsMonitor<RumorQueueOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow();
        if (await store.GetAsync(id, now - settings.SpreadingWindow, cancellationToken) is not { } @case)
        {
            return NotFound();
        }

        var times = (await store.ReportTimesAsync([id], now.AddDays(-31), cancellationToken)).Select(t => t.At).ToList();
        return Results.Ok(new RumorCaseDetail(
            @case,
            @case.RecentReports >= settings.SpreadingThreshold,
            await store.ClaimVariantsAsync(id, cancellationToken),
            await store.ReportsAsync(id, DetailReports, cancellationToken),
            RumorTrend.Hourly(times, now, 24),
            RumorTrend.Daily(times, now, 30),
            await audit.QueryAsync(new AuditQuery { Target = RumorCaseActionsApi.AuditTarget(id), Limit = 100 }, cancellationToken)));
    }

    /// <summary>400 with a reason.</summary>
    internal static IResult BadRequest(string reason) => Results.Problem(reason, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>404 for an unknown case.</summary>
    internal static IResult NotFound() => Results.Problem("找不到这条辟谣线索。", statusCode: StatusCodes.Status404NotFound);
}
