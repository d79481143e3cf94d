using System.Threading.RateLimiting;
using KepuBot.Channels.Traffic;
using Microsoft.Extensions.Options;

namespace KepuBot.Channels.WeChat;

/// <summary>
/// <c>RateLimits:WeChat</c>: questions per follower. Applied inside the channel rather than as HTTP middleware because
/// the follower is only known from a verified message (the <c>openid</c> query parameter is not signed), every delivery
/// comes from WeChat's own servers, and a refused question must still get a passive reply: a 429 would make WeChat
/// retry and then show the follower "该公众号暂时无法提供服务".
/// </summary>
internal sealed class WeChatFollowerLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter =
        PartitionedRateLimiter.Create<string, string>(openId => RateLimitPartitions.Partition(openId, options.Value.WeChat), StringComparer.Ordinal);

    /// <summary>True when the follower may ask now; otherwise how long until they may.</summary>
    public bool TryAcquire(string openId, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(openId);
        retryAfter = !lease.IsAcquired && lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.Zero;
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
