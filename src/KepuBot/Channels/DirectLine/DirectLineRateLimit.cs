using System.Threading.RateLimiting;
using KepuBot.Channels.Traffic;

namespace KepuBot.Channels.DirectLine;

/// <summary>Who shares a budget under the Direct Line limit.</summary>
internal static class DirectLineRateLimit
{
    /// <summary>
    /// Per Direct Line credential: the bearer token, or the <c>t</c> of a streamUrl. The secret is the site's own backend
    /// and is not limited; a call with no credential at all is counted against its address (it gets 401 anyway).
    /// </summary>
    public static RateLimitPartition<string> PerCredential(HttpContext context, RateLimit limit)
    {
        string? header = context.Request.Headers.Authorization;
        var credential = header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header[7..].Trim()
            : context.Request.Query["t"].ToString();
        if (credential.Length == 0)
        {
            return RateLimitPartitions.PerClientAddress(context, limit);
        }

        return context.RequestServices.GetRequiredService<DirectLineTokens>().IsSecret(credential)
            ? RateLimitPartition.GetNoLimiter("secret")
            : RateLimitPartitions.Partition("credential:" + credential, limit);
    }
}
