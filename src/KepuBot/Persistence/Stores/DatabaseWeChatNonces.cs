using System.Security.Cryptography;
using Dapper;
using KepuBot.Channels.WeChat;

namespace KepuBot.Persistence.Stores;

/// <summary>
/// The nonces of signed WeChat requests, in the service's database so every instance behind a load balancer sees the
/// same ones. A plain-mode signature covers the token, timestamp and nonce but not the body, so the URL of one real
/// callback would carry any body for the whole timestamp window; remembering each (timestamp, nonce) with a digest of
/// its body closes that. The same body again is let through: WeChat's redeliveries may repeat the request exactly, and
/// the reply store answers them once.
/// </summary>
internal sealed class DatabaseWeChatNonces(KepuDatabase database, TimeProvider clock) : IWeChatNonces, IExpiringRecords
{
    /// <inheritdoc />
    public Task<WeChatNonceUse> UseAsync(string timestamp, string nonce, ReadOnlyMemory<byte> body, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        var key = timestamp + ":" + nonce;
        var hash = Convert.ToHexStringLower(SHA256.HashData(body.Span));
        var now = clock.GetUtcNow();
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                // First one wins, on any instance; a row past its window is taken over as if it were not there.
                var claimed = await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO wechat_nonces (nonce_key, body_hash, expires_at) VALUES (@key, @hash, @expires)
                    ON CONFLICT (nonce_key) DO UPDATE SET body_hash = excluded.body_hash, expires_at = excluded.expires_at
                    WHERE wechat_nonces.expires_at <= @now
                    """,
                    new { key, hash, expires = SqlValues.Time(keepUntil), now = SqlValues.Time(now) },
                    transaction,
                    cancellationToken: cancellationToken));
                if (claimed == 1)
                {
                    return WeChatNonceUse.Fresh;
                }

                var seen = await connection.QuerySingleAsync<string>(new CommandDefinition(
                    "SELECT body_hash FROM wechat_nonces WHERE nonce_key = @key", new { key }, transaction, cancellationToken: cancellationToken));
                return seen == hash ? WeChatNonceUse.Redelivery : WeChatNonceUse.Replay;
            },
            cancellationToken);
    }

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM wechat_nonces WHERE expires_at <= @now",
                new { now = SqlValues.Time(now) },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
}
