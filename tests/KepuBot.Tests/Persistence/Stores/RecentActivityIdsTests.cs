using KepuBot.Persistence;
using KepuBot.Persistence.Stores;
using Microsoft.Extensions.Time.Testing;

namespace KepuBot.Tests.Persistence.Stores;

/// <summary>A Bot Framework redelivery is recognised by whichever instance it reaches.</summary>
public sealed class RecentActivityIdsTests
{
    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Of_simultaneous_deliveries_to_two_instances_exactly_one_is_new(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ids = new[] { new DatabaseRecentActivityIds((await db.StartInstanceAsync()).Database, TimeProvider.System), new DatabaseRecentActivityIds((await db.StartInstanceAsync()).Database, TimeProvider.System) };

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => ids[i % 2].TryRegisterAsync("msteams|conv|act-1", CancellationToken.None)));

        Assert.Single(results, r => r);
        Assert.True(await ids[1].TryRegisterAsync("msteams|conv|act-2", CancellationToken.None));
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task An_id_seen_more_than_ten_minutes_ago_counts_as_new_and_its_record_is_pruned(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        var ids = new DatabaseRecentActivityIds((await db.StartInstanceAsync()).Database, clock);
        await ids.TryRegisterAsync("webchat|c|1", CancellationToken.None);
        await ids.TryRegisterAsync("webchat|c|2", CancellationToken.None);

        clock.Advance(TimeSpan.FromMinutes(11));

        Assert.True(await ids.TryRegisterAsync("webchat|c|1", CancellationToken.None));
        Assert.Equal(1, await ids.PruneAsync(clock.GetUtcNow(), CancellationToken.None));
        Assert.False(await ids.TryRegisterAsync("webchat|c|1", CancellationToken.None));
    }
}
