using KepuBot.Channels.BotFramework;
using KepuBot.Channels.DirectLine;
using KepuBot.Channels.WeChat;
using KepuBot.Conversation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KepuBot.Persistence.Stores;

/// <summary>
/// Puts the stores the turn and the channels declare over the service's database. The conversation and the channels
/// name only their own interfaces, so they stay free of SQL; the rumor and fraud features keep their stores in their
/// own folders.
/// </summary>
public static class StoreServices
{
    /// <summary>The conversation store every channel and the CLI write turns to.</summary>
    public static IServiceCollection AddConversationStore(this IServiceCollection services)
    {
        services.AddSingleton<IConversationStore, DatabaseConversationStore>();
        return services;
    }

    /// <summary>The channels' stores: Bot Framework's recent activity ids, Direct Line's log, WeChat's replies and nonces.</summary>
    public static IServiceCollection AddChannelStores(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseRecentActivityIds>();
        services.AddSingleton<IRecentActivityIds>(s => s.GetRequiredService<DatabaseRecentActivityIds>());
        services.AddSingleton<IExpiringRecords>(s => s.GetRequiredService<DatabaseRecentActivityIds>());

        services.AddSingleton<DatabaseConversationLog>();
        services.AddSingleton<IConversationLog>(s => s.GetRequiredService<DatabaseConversationLog>());
        services.AddSingleton<IExpiringRecords>(s => s.GetRequiredService<DatabaseConversationLog>());

        services.AddSingleton<DatabaseWeChatReplyStore>();
        services.TryAddSingleton<IWeChatReplyStore>(s => s.GetRequiredService<DatabaseWeChatReplyStore>());
        services.AddSingleton<IExpiringRecords>(s => s.GetRequiredService<DatabaseWeChatReplyStore>());
        services.AddSingleton<DatabaseWeChatNonces>();
        services.AddSingleton<IWeChatNonces>(s => s.GetRequiredService<DatabaseWeChatNonces>());
        services.AddSingleton<IExpiringRecords>(s => s.GetRequiredService<DatabaseWeChatNonces>());
        return services;
    }
}
