using KepuBot.Conversation;

namespace KepuBot.Rumors;

/// <summary>Registers the 辟谣 follow-up queue.</summary>
public static class RumorQueueServices
{
    /// <summary>The queue's store and its intake, which receives every finished turn (every host: the service and the CLI).</summary>
    public static IServiceCollection AddRumorFollowUp(this IServiceCollection services)
    {
        services.AddOptions<RumorQueueOptions>().BindConfiguration(RumorQueueOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IRumorQueueStore, DatabaseRumorQueueStore>();
        services.AddSingleton<IRumorAlertOutbox, DatabaseRumorAlertOutbox>();
        services.AddSingleton<RumorAlertSignal>();
        services.AddSingleton<RumorIntake>();
        services.AddSingleton<ITurnObserver>(sp => sp.GetRequiredService<RumorIntake>());
        return services;
    }

    /// <summary>What only the web host runs: the webhook sender of spreading alerts.</summary>
    public static IServiceCollection AddRumorAlerts(this IServiceCollection services)
    {
        services.AddHttpClient(RumorAlertSender.Client);
        services.AddHostedService<RumorAlertSender>();
        return services;
    }
}
