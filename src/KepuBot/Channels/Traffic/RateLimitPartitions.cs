using System.Threading.RateLimiting;
using KepuBot.Channels.DirectLine;

namespace KepuBot.Channels.Traffic;

/// <summary>Who shares a budget under each limit.</summary>
internal static class RateLimitPartitions
{
    public static RateLimitPartition<string> PerClientAddress(HttpContext context, RateLimit limit) =>
        Partition("ip:" + ClientAddress.Of(context), limit);

    /// <summary>
    /// Per Direct Line credential: the bearer token, or the <c>t</c> of a streamUrl. The secret is the site's own backend
    /// and is not limited; a call with no credential at all is counted against its address (it gets 401 anyway).
    /// </summary>
    public static RateLimitPartition<string> PerDirectLineCredential(HttpContext context, RateLimit limit)
    {
        string? header = context.Request.Headers.Authorization;
        var credential = header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header[7..].Trim()
            : context.Request.Query["t"].ToString();
        if (credential.Length == 0)
        {
            return PerClientAddress(context, limit);
        }

        return context.RequestServices.GetRequiredService<DirectLineTokens>().IsSecret(credential)
            ? RateLimitPartition.GetNoLimiter("secret")
            : Partition("credential:" + credential, limit);
    }

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
