using KepuBot.Conversation;

namespace KepuBot.Fraud;

/// <summary>Registers the fraud statistics: the event store and the observer that fills it from finished turns.</summary>
public static class FraudServices
{
    /// <summary>Adds the fraud statistics (every host: the service and the CLI).</summary>
    public static IServiceCollection AddFraudStatistics(this IServiceCollection services)
    {
        services.AddSingleton<IFraudEventStore, DatabaseFraudEventStore>();
        services.AddSingleton<ITurnObserver, FraudStatistics>();
        return services;
    }
}
