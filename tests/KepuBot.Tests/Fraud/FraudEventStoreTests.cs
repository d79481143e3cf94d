using KepuBot.Fraud;
using KepuBot.Persistence;
using KepuBot.Tests.Persistence;

namespace KepuBot.Tests.Fraud;

/// <summary>The fraud-event record behind 反诈统计, on both providers.</summary>
public sealed class FraudEventStoreTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private static FraudEvent Event(DateOnly day, string scenario, string risk = "high", int minute = 0) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, minute)), TimeSpan.FromHours(8)), day, "api", $"turn-{scenario}-{day}-{minute}", risk, scenario, "有人让我转到安全账户，电话138****0000", ["demand=转到安全账户"]);

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Events_from_several_instances_are_counted_by_day_scenario_and_risk(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = new DatabaseFraudEventStore((await db.StartInstanceAsync()).Database);
        var b = new DatabaseFraudEventStore((await db.StartInstanceAsync()).Database);

        await a.RecordAsync(Event(Monday, "impersonate-authority"), CancellationToken.None);
        await b.RecordAsync(Event(Monday, "impersonate-authority", minute: 5), CancellationToken.None);
        await b.RecordAsync(Event(Monday, "health-products", "medium"), CancellationToken.None);
        await a.RecordAsync(Event(Monday.AddDays(1), "impersonate-authority"), CancellationToken.None);
        await a.RecordAsync(Event(Monday.AddDays(7), "impersonate-authority"), CancellationToken.None);

        var counts = await b.CountsAsync(Monday, Monday.AddDays(1), CancellationToken.None);

        Assert.Equal(
            [
                new FraudCount(Monday, "health-products", "medium", 1),
                new FraudCount(Monday, "impersonate-authority", "high", 2),
                new FraudCount(Monday.AddDays(1), "impersonate-authority", "high", 1),
            ],
            counts);
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Recent_events_come_newest_first_and_can_be_narrowed_to_one_scenario(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = new DatabaseFraudEventStore((await db.StartInstanceAsync()).Database);
        await store.RecordAsync(Event(Monday, "impersonate-authority", minute: 1), CancellationToken.None);
        await store.RecordAsync(Event(Monday, "health-products", "medium", minute: 2), CancellationToken.None);
        await store.RecordAsync(Event(Monday, "impersonate-authority", minute: 3), CancellationToken.None);

        var all = await store.RecentAsync(10, null, CancellationToken.None);
        var authority = await store.RecentAsync(10, "impersonate-authority", CancellationToken.None);

        Assert.Equal(["impersonate-authority", "health-products", "impersonate-authority"], all.Select(e => e.Scenario));
        Assert.Equal([3, 1], authority.Select(e => e.At.Minute));
        Assert.Equal(["demand=转到安全账户"], authority[0].Cues);
    }
}
