using KepuBot.Fraud;
using KepuKnowledge;
using KepuKnowledge.Corpus;

namespace KepuBot.Staff.Fraud;

/// <summary>
/// <c>GET /api/staff/fraud/stats?days=</c>: fraud-risk messages counted by day and scenario, with each scenario's
/// name from the anti-fraud library; <c>GET /api/staff/fraud/recent?limit=&amp;scenario=</c>: the latest ones, masked.
/// </summary>
public static class FraudStatsApi
{
    private const int MaxDays = 366;
    private const int MaxLimit = 500;

    /// <summary>Maps the endpoints on the staff group.</summary>
    public static void Map(IEndpointRouteBuilder staff)
    {
        staff.MapGet("/fraud/stats", async (int? days, IFraudEventStore store, KnowledgeBase knowledge, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            if (days is < 1 or > MaxDays)
            {
                return Results.Problem($"days 应在 1–{MaxDays} 之间。", statusCode: StatusCodes.Status400BadRequest);
            }

            var lastDay = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var firstDay = lastDay.AddDays(1 - (days ?? 14));
            var counts = await store.CountsAsync(firstDay, lastDay, cancellationToken);
            var names = ScenarioNames(knowledge);
            var scenarios = counts.GroupBy(c => c.Scenario)
                .Select(g => new
                {
                    scenario = g.Key,
                    name = names.GetValueOrDefault(g.Key, g.Key == "unknown" ? "未识别类型" : g.Key),
                    total = g.Sum(c => c.Count),
                    high = g.Where(c => c.Risk == "high").Sum(c => c.Count),
                    byDay = g.GroupBy(c => c.Day).ToDictionary(d => d.Key.ToString("O", System.Globalization.CultureInfo.InvariantCulture), d => d.Sum(c => c.Count)),
                })
                .OrderByDescending(s => s.total)
                .ToList();
            return Results.Ok(new { firstDay, lastDay, total = counts.Sum(c => c.Count), scenarios });
        })
        .WithName("StaffFraudStats")
        .WithSummary("Fraud-risk messages counted by scenario and day");

        staff.MapGet("/fraud/recent", async (int? limit, string? scenario, IFraudEventStore store, CancellationToken cancellationToken) =>
        {
            if (limit is < 1 or > MaxLimit)
            {
                return Results.Problem($"limit 应在 1–{MaxLimit} 之间。", statusCode: StatusCodes.Status400BadRequest);
            }

            var events = await store.RecentAsync(limit ?? 50, string.IsNullOrWhiteSpace(scenario) ? null : scenario, cancellationToken);
            return Results.Ok(new { events });
        })
        .WithName("StaffFraudRecent")
        .WithSummary("The latest fraud-risk messages (masked), newest first");
    }

    // Scenario ids are the anti-fraud articles' own; their titles are the names staff know them by.
    private static Dictionary<string, string> ScenarioNames(KnowledgeBase knowledge)
    {
        if (!knowledge.IsReady)
        {
            return [];
        }

        using var lease = knowledge.Index.Acquire();
        return lease.Generation.Catalog.Values
            .Select(e => e.Metadata)
            .Where(m => m.Kind == DocumentKinds.AntiFraud && m.Scenario is not null)
            .GroupBy(m => m.Scenario!)
            .ToDictionary(g => g.Key, g => g.First().Title);
    }
}
