namespace KepuBot.Conversation;

/// <summary>Registers the turn pipeline and the conversation store every channel and the CLI go through.</summary>
public static class ConversationServices
{
    /// <summary>Adds <see cref="ITurnPipeline"/>; features add their <see cref="ITurnObserver"/>s themselves.</summary>
    public static IServiceCollection AddKepuConversation(this IServiceCollection services)
    {
        services.AddSingleton<IConversationStore, DatabaseConversationStore>();
        services.AddSingleton<ITurnPipeline, TurnPipeline>();
        return services;
    }
}
