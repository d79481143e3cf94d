using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KepuBot.Channels.Traffic;

/// <summary>
/// What the endpoints share in front of them: CORS for pages on other origins (section <c>Cors</c>), the rate limits
/// (section <c>RateLimits</c>) and the body limits (section <c>RequestLimits</c>). Endpoints opt in with
/// <see cref="CorsPolicy"/>, the policy names below and <see cref="WithBodyLimit{TBuilder}"/>.
/// </summary>
public static class ChannelTraffic
{
    /// <summary>Browser-facing chat APIs: Direct Line, the page token, ask and feedback.</summary>
    public const string CorsPolicy = "chat-pages";

    public const string AskPolicy = "ask";
    public const string PageTokenPolicy = "page-token";
    public const string BotFrameworkPolicy = "botframework";
    public const string StaffLoginPolicy = "staff-login";

    private static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddChannelTraffic(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChannelOptions<CorsOriginOptions>(configuration, CorsOriginOptions.Section);
        services.AddChannelOptions<RateLimitOptions>(configuration, RateLimitOptions.Section);
        services.AddChannelOptions<RequestLimitOptions>(configuration, RequestLimitOptions.Section);
        services.AddSingleton<ChatOrigins>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsOriginOptions>>((cors, origins) =>
            cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins([.. origins.Value.AllowedOrigins])
                .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Options)

                // What Web Chat and DirectLineJS send (PROTOCOLS.md 1.6.1; DirectLineJS posts through rxjs ajax, which adds
                // X-Requested-With); Retry-After so a limited page can wait.
                .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent", "X-Requested-With")
                .WithExposedHeaders("Retry-After")
                .SetPreflightMaxAge(PreflightMaxAge)));

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var limits = configured.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RateLimitRejection.WriteAsync;
            limiter.AddPolicy(AskPolicy, context => RateLimitPartitions.PerClientAddress(context, limits.Ask));
            limiter.AddPolicy(PageTokenPolicy, context => RateLimitPartitions.PerClientAddress(context, limits.PageToken));
            limiter.AddPolicy(BotFrameworkPolicy, context => RateLimitPartitions.PerClientAddress(context, limits.BotFramework));
            limiter.AddPolicy(StaffLoginPolicy, context => RateLimitPartitions.PerClientAddress(context, limits.StaffLogin));
        });
        return services;
    }

    /// <summary>
    /// A channel's own rate-limit policy, for partitions only the channel understands (Direct Line's credentials);
    /// <paramref name="partition"/> gets the configured limits.
    /// </summary>
    public static IServiceCollection AddRateLimitPolicy(this IServiceCollection services, string policy, Func<HttpContext, RateLimitOptions, RateLimitPartition<string>> partition)
    {
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
            limiter.AddPolicy(policy, context => partition(context, configured.Value)));
        return services;
    }

    /// <summary>
    /// The body of a 429 under <paramref name="pathPrefix"/> in the channel's own error format (given the seconds to
    /// wait) instead of problem details.
    /// </summary>
    public static IServiceCollection AddRejectionFormat(this IServiceCollection services, PathString pathPrefix, Func<int, IResult> result) =>
        services.AddSingleton(new RejectionFormat(pathPrefix, result));

    /// <summary>
    /// The body limit of the endpoint the request was routed to: the one its <see cref="WithBodyLimit{TBuilder}"/>
    /// names, else <see cref="RequestLimitOptions.DefaultBytes"/>. <see cref="RequestBodyLimit"/> enforces it in front of
    /// the endpoint; a handler that reads its body itself (to answer in its channel's own format) reads up to this
    /// same value, so there is one limit per endpoint wherever it is checked.
    /// </summary>
    public static long BodyLimit(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limits = context.RequestServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value;
        return context.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>()?.Select(limits) ?? limits.DefaultBytes;
    }

    /// <summary>Bounds the endpoint's (or the group's) request body by one of the <see cref="RequestLimitOptions"/>.</summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, Func<RequestLimitOptions, long> limit)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new BodyLimit(limit));

    /// <summary>
    /// After routing (so each step knows the endpoint) and before any endpoint runs: reasons for the framework's own
    /// refusals, CORS, rate limits, then the endpoint's body-size limit and the body's charset.
    /// </summary>
    public static IApplicationBuilder UseChannelTraffic(this IApplicationBuilder app) =>
        app.UseMiddleware<BodilessRefusalLog>()
            .UseCors()
            .UseRateLimiter()
            .UseMiddleware<RequestBodyLimit>()
            .UseMiddleware<RequestCharset>();
}
