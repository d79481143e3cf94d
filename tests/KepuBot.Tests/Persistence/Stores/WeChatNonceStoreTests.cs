using System.Text;
using KepuBot.Channels.WeChat;
using KepuBot.Persistence;
using KepuBot.Persistence.Stores;
using Microsoft.Extensions.Time.Testing;

namespace KepuBot.Tests.Persistence.Stores;

/// <summary>WeChat nonces are shared through the database: a replay is recognised on whichever instance it lands, until the window ends.</summary>
public sealed class WeChatNonceStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    private static ReadOnlyMemory<byte> Body(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task A_nonce_used_on_one_instance_is_a_replay_on_the_other_unless_the_body_is_the_same(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var a = new DatabaseWeChatNonces((await db.StartInstanceAsync()).Database, clock);
        var b = new DatabaseWeChatNonces((await db.StartInstanceAsync()).Database, clock);
        var until = Start.AddMinutes(5);

        Assert.Equal(WeChatNonceUse.Fresh, await a.UseAsync("1777626000", "4242", Body("<xml>一</xml>"), until, CancellationToken.None));
        Assert.Equal(WeChatNonceUse.Replay, await b.UseAsync("1777626000", "4242", Body("<xml>二</xml>"), until, CancellationToken.None));
        Assert.Equal(WeChatNonceUse.Redelivery, await b.UseAsync("1777626000", "4242", Body("<xml>一</xml>"), until, CancellationToken.None));
        Assert.Equal(WeChatNonceUse.Fresh, await b.UseAsync("1777626001", "4242", Body("<xml>二</xml>"), until, CancellationToken.None));
    }

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Nonces_are_forgotten_once_their_window_has_passed(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var nonces = new DatabaseWeChatNonces((await db.StartInstanceAsync()).Database, clock);
        await nonces.UseAsync("1777626000", "1", Body("甲"), Start.AddMinutes(5), CancellationToken.None);
        await nonces.UseAsync("1777626000", "2", Body("甲"), Start.AddMinutes(5), CancellationToken.None);

        clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(WeChatNonceUse.Fresh, await nonces.UseAsync("1777626000", "1", Body("乙"), clock.GetUtcNow().AddMinutes(5), CancellationToken.None));
        Assert.Equal(1, await nonces.PruneAsync(clock.GetUtcNow(), CancellationToken.None));
    }
}
