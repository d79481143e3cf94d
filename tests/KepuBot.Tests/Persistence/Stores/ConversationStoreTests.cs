using Dapper;
using KepuBot.Conversation;
using KepuBot.Persistence;
using KepuBot.Persistence.Stores;

namespace KepuBot.Tests.Persistence.Stores;

/// <summary>The conversation store on both providers; "two instances" are two database objects over one database.</summary>
public sealed class ConversationStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static TurnRecord Turn(string conversationId, string question, Intent intent = Intent.Policy, bool grounded = true, int minute = 0) =>
        new(conversationId, "api", "user-hash", question, question + "（完整）", "答复", intent, grounded, "[]", Rumor: false, Fraud: false, Start.AddMinutes(minute));

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task A_follow_up_on_another_instance_finds_the_latest_question_of_its_own_conversation(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = new DatabaseConversationStore((await db.StartInstanceAsync()).Database);
        var b = new DatabaseConversationStore((await db.StartInstanceAsync()).Database);

        await a.RecordTurnAsync(Turn("c1", "区妇联要做什么"), CancellationToken.None);
        await b.RecordTurnAsync(Turn("c2", "别的对话"), CancellationToken.None);
        await a.RecordTurnAsync(Turn("c1", "那亲子活动呢"), CancellationToken.None);

        Assert.Equal("那亲子活动呢（完整）", await b.LastResolvedQuestionAsync("c1", CancellationToken.None));
        Assert.Null(await b.LastResolvedQuestionAsync("never-seen", CancellationToken.None));
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Feedback_is_stored_for_a_turn_from_any_instance_and_refused_for_an_unknown_one(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.StartInstanceAsync();
        var b = await db.StartInstanceAsync();
        var turnId = await new DatabaseConversationStore(a.Database).RecordTurnAsync(Turn("c1", "隔夜菜能吃吗"), CancellationToken.None);
        var onB = new DatabaseConversationStore(b.Database);

        Assert.True(await onB.RecordFeedbackAsync(turnId, helpful: false, "没说清楚", Start, CancellationToken.None));
        Assert.False(await onB.RecordFeedbackAsync("no-such-turn", helpful: true, null, Start, CancellationToken.None));

        await using var connection = await a.Database.OpenAsync(CancellationToken.None);
        var stored = (await connection.QueryAsync<(string TurnId, long Helpful, string? Comment)>("SELECT turn_id, helpful, comment FROM feedback")).ToList();
        Assert.Equal([(turnId, 0L, "没说清楚")], stored);
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Only_unanswered_out_of_scope_turns_reach_the_unanswered_log_newest_first(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = new DatabaseConversationStore((await db.StartInstanceAsync()).Database);

        await store.RecordTurnAsync(Turn("c1", "火星移民政策", Intent.OutOfScope, grounded: false, minute: 1), CancellationToken.None);
        await store.RecordTurnAsync(Turn("c1", "区气象局做什么", minute: 2), CancellationToken.None);
        await store.RecordTurnAsync(Turn("c2", "股票怎么买", Intent.OutOfScope, grounded: false, minute: 3), CancellationToken.None);

        var unanswered = await store.UnansweredAsync(10, CancellationToken.None);
        Assert.Equal(["股票怎么买", "火星移民政策"], unanswered.Select(u => u.Question));
        Assert.Equal(Start.AddMinutes(3), unanswered[0].At);
        Assert.Single(await store.UnansweredAsync(1, CancellationToken.None));
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Concurrent_turns_from_two_instances_are_all_stored_in_order(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var stores = new[] { new DatabaseConversationStore((await db.StartInstanceAsync()).Database), new DatabaseConversationStore((await db.StartInstanceAsync()).Database) };

        var ids = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            stores[i % 2].RecordTurnAsync(Turn($"c{i % 4}", $"问题{i}", minute: i), CancellationToken.None)));
        var last = await stores[0].RecordTurnAsync(Turn("c1", "最后一个问题", minute: 99), CancellationToken.None);

        using var reader = db.Open();
        await using var connection = await reader.OpenAsync(CancellationToken.None);
        var stored = (await connection.QueryAsync<string>("SELECT id FROM turns")).ToHashSet();
        Assert.Equal(ids.Append(last).ToHashSet(), stored);
        Assert.Equal("最后一个问题（完整）", await stores[1].LastResolvedQuestionAsync("c1", CancellationToken.None));
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task An_escalation_is_stored_open_for_staff(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = await db.StartInstanceAsync();

        var id = await new DatabaseConversationStore(instance.Database).EscalateAsync("c1", "wechat", "handoff", Start, CancellationToken.None);

        await using var connection = await instance.Database.OpenAsync(CancellationToken.None);
        var row = await connection.QuerySingleAsync<(string ConversationId, string Status, string At)>("SELECT conversation_id, status, at FROM escalations WHERE id = @id", new { id });
        Assert.Equal(("c1", "open"), (row.ConversationId, row.Status));
        Assert.Equal(Start, SqlValues.ParseTime(row.At));
    }
}
