using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace KepuBot.Channels.Traffic;

/// <summary>
/// The 429 a limited caller gets: <c>Retry-After</c> in seconds, and a body in the endpoint's own error format
/// (a channel's own, registered with <see cref="ChannelTraffic.AddRejectionFormat"/>, problem details elsewhere).
/// </summary>
internal static partial class RateLimitRejection
{
    private const string Message = "请求太频繁，请稍后再试。";

    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var path = context.Request.Path;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitRejection));
        LogLimited(logger, context.Request.Method, path.Value ?? string.Empty, seconds);

        var format = context.RequestServices.GetServices<RejectionFormat>()
            .FirstOrDefault(f => path.StartsWithSegments(f.PathPrefix, StringComparison.OrdinalIgnoreCase));
        var result = format is not null
            ? format.Result(seconds)
            : Results.Problem(Message, statusCode: StatusCodes.Status429TooManyRequests);
        await result.ExecuteAsync(context);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rate limit reached: {Method} {Path} refused with 429, retry after {Seconds} s")]
    private static partial void LogLimited(ILogger logger, string method, string path, int seconds);
}
