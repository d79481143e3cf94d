using System.Threading.RateLimiting;

namespace KepuBot.Channels.Traffic;

/// <summary>Who shares a budget under each limit.</summary>
internal static class RateLimitPartitions
{
    public static RateLimitPartition<string> PerClientAddress(HttpContext context, RateLimit limit) =>
        Partition("ip:" + ClientAddress.Of(context), limit);

    public static RateLimitPartition<string> Partition(string key, RateLimit limit) =>
        limit.Enabled
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => WindowFor(limit))
            : RateLimitPartition.GetNoLimiter(key);

    public static FixedWindowRateLimiterOptions WindowFor(RateLimit limit) => new()
    {
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,

        // Refuse at once rather than hold requests: a queued chat request only gets staler.
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
