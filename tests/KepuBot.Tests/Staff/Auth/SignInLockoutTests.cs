using KepuBot.Persistence;
using KepuBot.Staff.Auth;
using KepuBot.Tests.Persistence;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KepuBot.Tests.Staff.Auth;

/// <summary>The failure count and the lock live in the shared database: guesses spread over instances count together.</summary>
public sealed class SignInLockoutTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Failures_at_two_instances_at_once_are_all_counted_and_both_see_the_lock(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var instances = new[] { await LockoutAsync(db, clock), await LockoutAsync(db, clock) };

        var failures = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => instances[i % 2].RecordFailureAsync("小李", CancellationToken.None)));

        Assert.Equal([1, 2, 3, 4, 5], failures.Select(f => f.Failures).Order());
        Assert.Equal(Start.AddMinutes(1), Assert.Single(failures, f => f.LockedUntil is not null).LockedUntil);
        Assert.Equal(TimeSpan.FromMinutes(1), await instances[0].LockedForAsync("小李", CancellationToken.None));
        Assert.Equal(TimeSpan.FromMinutes(1), await instances[1].LockedForAsync(" 小李 ", CancellationToken.None));
        Assert.Null(await instances[1].LockedForAsync("陈主任", CancellationToken.None));

        await instances[1].ResetAsync("小李", CancellationToken.None);
        Assert.Null(await instances[0].LockedForAsync("小李", CancellationToken.None));
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task A_quiet_day_forgets_the_failures_and_their_record_is_pruned(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var lockout = await LockoutAsync(db, clock);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await lockout.RecordFailureAsync("Admin", CancellationToken.None);
        }

        clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(1, (await lockout.RecordFailureAsync("admin", CancellationToken.None)).Failures);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await lockout.PruneAsync(clock.GetUtcNow(), CancellationToken.None));
    }

    private static async Task<SignInLockout> LockoutAsync(TestDatabase db, TimeProvider clock) =>
        new((await db.StartInstanceAsync()).Database, Options.Create(new StaffLockoutOptions()), clock);
}
