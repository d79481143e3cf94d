using KepuBot.Channels.Activities;
using KepuBot.Channels.Traffic;
using Microsoft.Extensions.Options;

namespace KepuBot.Channels.BotFramework;

/// <summary>The Bot Framework channel's entry points: services from section <c>Bot</c>, and <c>POST /api/messages</c>.</summary>
public static class BotFrameworkChannel
{
    private static readonly TimeSpan HttpTimeout = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddActivityChannel<BotOptions>(configuration, BotOptions.Section)
            .Validate(o => !o.AuthenticationEnabled || !string.IsNullOrWhiteSpace(o.AppPassword), "Bot:AppPassword is required when Bot:AppId is set")
            .Validate(o => o.OpenIdMetadataUrl.IsAbsoluteUri && o.TokenEndpoint.IsAbsoluteUri, "Bot:OpenIdMetadataUrl and Bot:TokenEndpoint must be absolute URLs");
        services.AddSingleton<ChannelKeyCache>();
        services.AddSingleton<ChannelTokenValidator>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton<BotActivityHandler>();
        services.AddHttpClient(ChannelKeyCache.HttpClientName, c => c.Timeout = HttpTimeout);
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, c => c.Timeout = HttpTimeout);
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = HttpTimeout);
        return services;
    }

    public static IEndpointRouteBuilder MapBotFrameworkEndpoints(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value.AuthenticationEnabled)
        {
            endpoints.ServiceProvider.GetRequiredService<ILogger<BotOptions>>()
                .LogWarning("Bot:AppId is empty: /api/messages accepts unauthenticated activities (local development only)");
        }

        endpoints.MapPost("/api/messages", (HttpContext context, BotActivityHandler handler) => handler.HandleAsync(context))
            .WithName("BotFrameworkMessages")
            .WithSummary("Bot Framework Activity endpoint (Azure Bot Service channels)")
            .DisableAntiforgery()
            .RequireRateLimiting(ChannelTraffic.BotFrameworkPolicy)
            .WithBodyLimit(limits => limits.ActivityBytes);
        return endpoints;
    }
}
