namespace KepuBot.Channels.WeChat;

/// <summary>
/// The nonces of signed WeChat requests, shared by every instance. A plain-mode signature covers the token, timestamp
/// and nonce but not the body, so each (timestamp, nonce) is remembered with a digest of its body: a replay with
/// another body is refused, an exact redelivery let through.
/// </summary>
internal interface IWeChatNonces
{
    /// <summary>Records the request's nonce until <paramref name="keepUntil"/> and says what it had been seen with.</summary>
    Task<WeChatNonceUse> UseAsync(string timestamp, string nonce, ReadOnlyMemory<byte> body, DateTimeOffset keepUntil, CancellationToken cancellationToken);
}
