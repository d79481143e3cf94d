using KepuBot.Channels.Activities;
using KepuBot.Channels.Traffic;

namespace KepuBot.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 channel's entry points: services from section <c>DirectLine</c>, the <c>/v3/directline</c>
/// API that botframework-directlinejs and Web Chat speak (with <c>domain</c> = <c>{base}/v3/directline</c>), and
/// <c>/api/directline/token</c> for the service's own chat page.
/// </summary>
public static class DirectLineChannel
{
    /// <summary>The rate-limit policy of the <c>/v3/directline</c> API: per credential, the site's own secret unlimited.</summary>
    public const string RateLimitPolicy = "directline";

    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddDirectLineChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddActivityChannel<DirectLineOptions>(configuration, DirectLineOptions.Section);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuthorizer>();
        services.AddSingleton<DirectLineBot>();
        services.AddSingleton<DirectLineTokensApi>();
        services.AddSingleton<DirectLineConversationsApi>();
        services.AddSingleton<DirectLineStreamSocket>();
        services.AddRateLimitPolicy(RateLimitPolicy, (context, limits) => DirectLineRateLimit.PerCredential(context, limits.DirectLine));
        services.AddRejectionFormat("/v3/directline", seconds =>
            DirectLineErrors.Result(StatusCodes.Status429TooManyRequests, "TooManyRequests", "too many requests; retry after " + seconds + " s"));
        return services;
    }

    public static WebApplication MapDirectLineEndpoints(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = KeepAlive });

        var api = app.MapGroup("/v3/directline").DisableAntiforgery().WithTags("DirectLine")
            .RequireCors(ChannelTraffic.CorsPolicy).RequireRateLimiting(RateLimitPolicy)
            .AddEndpointFilter<DirectLineRefusalLog>();
        api.MapPost("/tokens/generate", (HttpContext c, DirectLineTokensApi h) => h.GenerateAsync(c));
        api.MapPost("/tokens/refresh", (HttpContext c, DirectLineTokensApi h) => h.RefreshAsync(c));
        api.MapPost("/conversations", (HttpContext c, DirectLineConversationsApi h) => h.StartAsync(c));
        api.MapGet("/conversations/{conversationId}", (HttpContext c, string conversationId, string? watermark, DirectLineConversationsApi h) =>
            h.ReconnectAsync(c, conversationId, watermark));
        api.MapGet("/conversations/{conversationId}/activities", (HttpContext c, string conversationId, string? watermark, DirectLineConversationsApi h) =>
            h.GetActivitiesAsync(c, conversationId, watermark));
        api.MapPost("/conversations/{conversationId}/activities", (HttpContext c, string conversationId, DirectLineConversationsApi h) =>
            h.PostActivityAsync(c, conversationId)).WithBodyLimit(limits => limits.ActivityBytes);

        // Newer DirectLineJS rewrites .../stream to .../stream/multimodal in voice mode; both are the same stream here.
        foreach (var stream in (string[])["/conversations/{conversationId}/stream", "/conversations/{conversationId}/stream/multimodal"])
        {
            api.MapGet(stream, (HttpContext c, string conversationId, string? watermark, string? t, DirectLineStreamSocket h) =>
                h.HandleAsync(c, conversationId, watermark, t));
        }

        app.MapMethods("/api/directline/token", [HttpMethods.Get, HttpMethods.Post], (HttpContext c, DirectLineTokensApi h) => h.PageToken(c))
            .DisableAntiforgery()
            .WithName("DirectLinePageToken")
            .WithSummary("A short-lived Direct Line token for the service's own chat page")
            .RequireCors(ChannelTraffic.CorsPolicy)
            .RequireRateLimiting(ChannelTraffic.PageTokenPolicy);
        return app;
    }
}
