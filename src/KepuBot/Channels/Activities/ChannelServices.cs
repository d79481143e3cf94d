using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KepuBot.Channels.Activities;

/// <summary>What both Activity channels (Bot Framework and Direct Line) set up alike; safe to add twice.</summary>
internal static class ChannelServices
{
    /// <summary>The channel's options section plus the shared turn runner and scheduler.</summary>
    public static OptionsBuilder<TOptions> AddActivityChannel<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        services.AddActivityChannelCore();
        return services.AddChannelOptions<TOptions>(configuration, section);
    }

    private static IServiceCollection AddActivityChannelCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TurnRunner>();
        services.TryAddSingleton<TurnScheduler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TurnScheduler>(sp => sp.GetRequiredService<TurnScheduler>()));
        return services;
    }
}
