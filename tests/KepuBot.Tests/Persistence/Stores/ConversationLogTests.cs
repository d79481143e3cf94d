using KepuBot.Channels.Activities;
using KepuBot.Persistence;
using KepuBot.Persistence.Stores;
using Microsoft.Extensions.Time.Testing;

namespace KepuBot.Tests.Persistence.Stores;

/// <summary>The Direct Line conversation log in the database, as two instances sharing it see it.</summary>
public sealed class ConversationLogTests
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(15);

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount { Id = "dl_user", Role = "user" } };

    private static DatabaseConversationLog Log(TestInstance instance, TimeProvider? clock = null) =>
        new(instance.Database, instance.Feed, clock ?? TimeProvider.System)
        {
            // Only notifications may wake watchers here, so these tests fail if cross-instance signalling breaks.
            PollEvery = Timeout.InfiniteTimeSpan,
        };

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Concurrent_appends_from_two_instances_get_consecutive_positions(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var logs = new[] { Log(await db.StartInstanceAsync()), Log(await db.StartInstanceAsync()) };
        Assert.True(await logs[0].StartAsync("conv", CancellationToken.None));
        Assert.False(await logs[1].StartAsync("conv", CancellationToken.None));

        var stored = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => logs[i % 2].AppendAsync("conv", Message($"消息{i}"), CancellationToken.None)));

        var all = await logs[1].ReadAsync("conv", 0, CancellationToken.None);
        Assert.Equal("30", all.Watermark);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"conv|{i:D7}"), all.Activities.Select(a => a.Id));
        Assert.Equal(stored.Select(a => a.Text).Order(), all.Activities.Select(a => a.Text).Order());
        Assert.Equal(30, await logs[0].CountAsync("conv", CancellationToken.None));
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task A_reader_gets_only_what_came_after_its_watermark(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var log = Log(await db.StartInstanceAsync());
        await log.StartAsync("conv", CancellationToken.None);
        foreach (var text in (string[])["一", "二", "三"])
        {
            await log.AppendAsync("conv", Message(text), CancellationToken.None);
        }

        var tail = await log.ReadAsync("conv", 1, CancellationToken.None);
        var beyond = await log.ReadAsync("conv", 99, CancellationToken.None);

        Assert.Equal(["二", "三"], tail.Activities.Select(a => a.Text));
        Assert.Equal("3", tail.Watermark);
        Assert.Empty(beyond.Activities);
        Assert.Equal("3", beyond.Watermark);
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task An_unknown_conversation_is_reported_not_created(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var log = Log(await db.StartInstanceAsync());

        Assert.False(await log.ExistsAsync("nope", CancellationToken.None));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => log.AppendAsync("nope", Message("在吗"), CancellationToken.None));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => log.ReadAsync("nope", 0, CancellationToken.None));
        Assert.False(await log.ExistsAsync("nope", CancellationToken.None));
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task A_watcher_replays_from_its_watermark_then_gets_new_activities_and_typing_in_order(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var watching = await db.StartInstanceAsync();

        // With PostgreSQL the writer is another instance; SQLite serves a single instance.
        var writer = Log(provider == DatabaseProvider.Postgres ? await db.StartInstanceAsync() : watching);
        await writer.StartAsync("conv", CancellationToken.None);
        await writer.AppendAsync("conv", Message("欢迎"), CancellationToken.None);
        await writer.AppendAsync("conv", Message("第一问"), CancellationToken.None);

        using var stop = new CancellationTokenSource(FrameTimeout);
        await using var frames = Log(watching).WatchAsync("conv", 1, stop.Token).GetAsyncEnumerator(stop.Token);

        Assert.True(await frames.MoveNextAsync());
        Assert.Equal("第一问@2", Describe(frames.Current));

        await writer.AppendAsync("conv", Message("第二问"), CancellationToken.None);
        await writer.PublishTransientAsync("conv", new Activity { Type = ActivityTypes.Typing }, CancellationToken.None);
        await writer.AppendAsync("conv", Message("答复"), CancellationToken.None);

        var seen = new List<string>();
        for (var i = 0; i < 3 && await frames.MoveNextAsync(); i++)
        {
            seen.Add(Describe(frames.Current));
        }

        Assert.Equal(["第二问@3", "typing@", "答复@4"], seen);
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Conversations_idle_for_more_than_a_day_are_pruned(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        var log = Log(await db.StartInstanceAsync(), clock);
        await log.StartAsync("idle", CancellationToken.None);
        await log.AppendAsync("idle", Message("很久以前"), CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(20));
        await log.StartAsync("active", CancellationToken.None);

        var pruned = await log.PruneAsync(clock.GetUtcNow() + TimeSpan.FromHours(5), CancellationToken.None);

        Assert.Equal(1, pruned);
        Assert.False(await log.ExistsAsync("idle", CancellationToken.None));
        Assert.True(await log.ExistsAsync("active", CancellationToken.None));
    }

    /// <summary>A frame as "texts@watermark" (typing indicators by type).</summary>
    private static string Describe(ActivitySet frame) =>
        string.Join(',', frame.Activities.Select(a => a.Type == ActivityTypes.Typing ? "typing" : a.Text)) + "@" + frame.Watermark;
}
