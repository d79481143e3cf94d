using KepuBot.Persistence;
using KepuBot.Persistence.Audit;
using KepuBot.Rumors;
using KepuBot.Tests.Persistence;

namespace KepuBot.Tests.Rumors;

/// <summary>The 辟谣 queue store on both providers, two instances over one database: one queue, audited changes.</summary>
public sealed class RumorQueueStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly SpreadingRule Spreading = new(Threshold: 3, Window: TimeSpan.FromHours(1), Alert: true);

    private static RumorReport Report(string reporter, int minute, string? debunk = null) =>
        new("听说下周起燃气涨价一倍", "燃气涨价一倍", "api", reporter, Start.AddMinutes(minute), debunk, $"turn-{reporter}-{minute}", "生活");

    // Joins the first candidate, as the intake does when a claim matches one.
    private static string? FirstCandidate(IReadOnlyList<RumorCaseCandidate> candidates) => candidates.Count > 0 ? candidates[0].Id : null;

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Reports_through_two_instances_group_into_one_case_that_turns_spreading_once(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = new DatabaseRumorQueueStore((await db.StartInstanceAsync()).Database);
        var b = new DatabaseRumorQueueStore((await db.StartInstanceAsync()).Database);

        var first = await a.AddReportAsync(Report("p1", 0), FirstCandidate, Spreading, CancellationToken.None);
        var second = await b.AddReportAsync(Report("p2", 10), FirstCandidate, Spreading, CancellationToken.None);
        var third = await a.AddReportAsync(Report("p3", 20), FirstCandidate, Spreading, CancellationToken.None);
        var fourth = await b.AddReportAsync(Report("p3", 30), FirstCandidate, Spreading, CancellationToken.None);

        Assert.True(first.NewCase);
        Assert.Equal([first.CaseId], new[] { second.CaseId, third.CaseId, fourth.CaseId }.Distinct());
        Assert.Equal([false, false, true, false], new[] { first, second, third, fourth }.Select(o => o.BecameSpreading));
        var @case = await b.GetAsync(first.CaseId, Start, CancellationToken.None);
        Assert.NotNull(@case);
        Assert.Equal(4, @case.ReportCount);
        Assert.Equal(3, @case.ReporterCount);
        Assert.Equal(Start, @case.FirstSeen);
        Assert.Equal(Start.AddMinutes(30), @case.LastSeen);
        var page = await a.ListAsync(new RumorCaseQuery { RecentSince = Start, Sort = "count" }, CancellationToken.None);
        Assert.Equal(1, page.Total);
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task A_staff_change_on_one_instance_is_seen_on_the_other(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = new DatabaseRumorQueueStore((await db.StartInstanceAsync()).Database);
        var b = new DatabaseRumorQueueStore((await db.StartInstanceAsync()).Database);
        var caseId = (await a.AddReportAsync(Report("p1", 0), FirstCandidate, Spreading, CancellationToken.None)).CaseId;

        var changed = await a.UpdateAsync(
            caseId,
            current => new RumorCaseChange(current with { Status = "assigned", Assignee = "小李" }, new AuditEntry(Guid.NewGuid().ToString("N"), Start, "小李", "rumor.assign", "rumor:" + caseId, null, "{\"assignee\":\"小李\"}")),
            CancellationToken.None);

        Assert.NotNull(changed);
        var seen = await b.GetAsync(caseId, Start, CancellationToken.None);
        Assert.Equal(("assigned", "小李"), (seen!.Status, seen.Assignee));
        Assert.Null(await b.UpdateAsync("no-such-case", c => null, CancellationToken.None));
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task A_case_keeps_each_wording_once_in_the_order_it_arrived(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = new DatabaseRumorQueueStore((await db.StartInstanceAsync()).Database);
        RumorReport Worded(string claim, string canonical, int minute) => Report("p" + minute, minute) with { Claim = claim, Canonical = canonical };

        var caseId = (await store.AddReportAsync(Worded("听说下周起燃气涨价一倍", "燃气涨价一倍", 0), FirstCandidate, Spreading, CancellationToken.None)).CaseId;
        await store.AddReportAsync(Worded("燃气费下周要翻倍了吗", "燃气费翻倍", 1), FirstCandidate, Spreading, CancellationToken.None);
        await store.AddReportAsync(Worded("听说下周起燃气涨价一倍？", "燃气涨价一倍", 2), FirstCandidate, Spreading, CancellationToken.None);

        Assert.Equal(["听说下周起燃气涨价一倍", "燃气费下周要翻倍了吗"], await store.ClaimVariantsAsync(caseId, CancellationToken.None));
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task A_case_that_spreads_again_in_a_later_window_is_announced_again(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = new DatabaseRumorQueueStore((await db.StartInstanceAsync()).Database);
        var minutes = new[] { 0, 5, 10, 15, 100, 105, 110 };

        var outcomes = new List<RumorReportOutcome>();
        foreach (var minute in minutes)
        {
            outcomes.Add(await store.AddReportAsync(Report("p" + minute, minute), FirstCandidate, Spreading, CancellationToken.None));
        }

        Assert.Equal([false, false, true, false, false, false, true], outcomes.Select(o => o.BecameSpreading));
        Assert.Single(outcomes.Select(o => o.CaseId).Distinct());
    }
}
