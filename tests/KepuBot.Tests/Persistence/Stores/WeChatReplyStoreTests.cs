using KepuBot.Persistence;
using KepuBot.Persistence.Stores;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace KepuBot.Tests.Persistence.Stores;

/// <summary>WeChat redeliveries of one message, possibly to different instances, are answered once and alike.</summary>
public sealed class WeChatReplyStoreTests
{
    private static DatabaseWeChatReplyStore Store(TestInstance instance, TimeProvider? clock = null) =>
        new(instance.Database, clock ?? TimeProvider.System, NullLogger<DatabaseWeChatReplyStore>.Instance);

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Simultaneous_deliveries_to_two_instances_are_answered_once_and_alike(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var stores = new[] { Store(await db.StartInstanceAsync()), Store(await db.StartInstanceAsync()) };
        var answered = 0;
        async Task<string?> AnswerAsync()
        {
            Interlocked.Increment(ref answered);
            await Task.Delay(300);
            return "答复";
        }

        var replies = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => stores[i % 2].GetOrStartAsync("msg:1001", AnswerAsync, CancellationToken.None)));

        Assert.All(replies, r => Assert.Equal("答复", r));
        Assert.Equal(1, answered);
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task A_later_retry_on_another_instance_gets_the_stored_outcome_even_when_it_was_no_reply(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = Store(await db.StartInstanceAsync());
        var b = Store(await db.StartInstanceAsync());
        var answered = 0;

        Assert.Null(await a.GetOrStartAsync("msg:slow", () => { answered++; return Task.FromResult<string?>(null); }, CancellationToken.None));
        Assert.Null(await b.GetOrStartAsync("msg:slow", () => { answered++; return Task.FromResult<string?>("不该出现"); }, CancellationToken.None));
        Assert.Equal(1, answered);
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task A_delivery_that_gives_up_leaves_its_answer_for_the_retry(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = Store(await db.StartInstanceAsync());
        var b = Store(await db.StartInstanceAsync());
        var answered = 0;
        async Task<string?> SlowAnswerAsync()
        {
            Interlocked.Increment(ref answered);
            await Task.Delay(500);
            return "慢慢来的答复";
        }

        using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => a.GetOrStartAsync("msg:2", SlowAnswerAsync, giveUp.Token));
        var retry = await b.GetOrStartAsync("msg:2", SlowAnswerAsync, CancellationToken.None);

        Assert.Equal("慢慢来的答复", retry);
        Assert.Equal(1, answered);
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task A_failed_answer_is_tried_again_by_the_retry(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = Store(await db.StartInstanceAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetOrStartAsync("msg:3", () => throw new InvalidOperationException("模型超时"), CancellationToken.None));
        var retry = await store.GetOrStartAsync("msg:3", () => Task.FromResult<string?>("第二次成功"), CancellationToken.None);

        Assert.Equal("第二次成功", retry);
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Replies_are_forgotten_after_a_few_minutes(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        var store = Store(await db.StartInstanceAsync(), clock);
        await store.GetOrStartAsync("msg:4", () => Task.FromResult<string?>("第一次"), CancellationToken.None);
        await store.GetOrStartAsync("msg:5", () => Task.FromResult<string?>("第一次"), CancellationToken.None);

        clock.Advance(TimeSpan.FromMinutes(6));
        var again = await store.GetOrStartAsync("msg:4", () => Task.FromResult<string?>("重新处理"), CancellationToken.None);

        Assert.Equal("重新处理", again);
        Assert.Equal(1, await store.PruneAsync(clock.GetUtcNow(), CancellationToken.None));
    }
}
