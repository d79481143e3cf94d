using KepuBot.Dialog;
using KepuBot.Safety.Rumors;
using KepuBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KepuBot.Staff.Rumors;

/// <summary>Registers the 辟谣 follow-up queue.</summary>
public static class RumorQueueServices
{
    /// <summary>
    /// The queue's store and intake, with the turn pipeline wrapped so every rumor-like message reaches it (every
    /// host: the service and the CLI). Call after the agent is registered.
    /// </summary>
    public static IServiceCollection AddRumorFollowUp(this IServiceCollection services)
    {
        services.AddOptions<RumorQueueOptions>().BindConfiguration(RumorQueueOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IRumorQueueStore, DatabaseRumorQueueStore>();
        services.AddSingleton<IRumorAlertOutbox, DatabaseRumorAlertOutbox>();
        services.AddSingleton<RumorAlertSignal>();
        services.AddSingleton<RumorIntake>();
        services.AddSingleton<TurnPipeline>();
        services.Replace(ServiceDescriptor.Singleton<ITurnPipeline>(sp => new RumorFollowUpPipeline(
            sp.GetRequiredService<TurnPipeline>(), sp.GetRequiredService<RumorIntake>(), sp.GetRequiredService<ILogger<RumorFollowUpPipeline>>())));
        return services;
    }

    /// <summary>What only the web host runs: the staff endpoints' publisher and the webhook sender.</summary>
    public static IServiceCollection AddRumorQueueStaffSide(this IServiceCollection services)
    {
        services.AddSingleton<DebunkPublisher>();
        services.AddHttpClient(RumorAlertSender.Client);
        services.AddHostedService<RumorAlertSender>();
        return services;
    }
}
