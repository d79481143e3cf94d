using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KepuBot.Channels.BotFramework;

/// <summary>Services both Activity channels use; safe to add twice.</summary>
internal static class ChannelServices
{
    public static IServiceCollection AddActivityChannelCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TurnRunner>();
        services.TryAddSingleton<TurnScheduler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TurnScheduler>(sp => sp.GetRequiredService<TurnScheduler>()));
        return services;
    }
}
