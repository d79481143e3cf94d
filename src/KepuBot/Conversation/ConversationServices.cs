namespace KepuBot.Conversation;

/// <summary>Registers the turn pipeline every channel and the CLI go through.</summary>
public static class ConversationServices
{
    /// <summary>Adds <see cref="ITurnPipeline"/>; the agent adds the <see cref="IQuestionAnswerer"/>, storage the <see cref="IConversationStore"/>, and features their <see cref="ITurnObserver"/>s.</summary>
    public static IServiceCollection AddKepuConversation(this IServiceCollection services)
    {
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReplyBook>();
        services.AddSingleton<ITurnPipeline, TurnPipeline>();
        return services;
    }
}
