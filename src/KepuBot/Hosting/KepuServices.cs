using KepuBot.Agent;
using KepuBot.Conversation;
using KepuBot.Fraud;
using KepuBot.Persistence;
using KepuBot.Persistence.Stores;
using KepuBot.Rumors;
using KepuBot.Staff.Library;
using KepuKnowledge;
using KepuKnowledge.Library;

namespace KepuBot.Hosting;

/// <summary>The services shared by the web host and the CLI.</summary>
public static class KepuServices
{
    /// <summary>Registers configuration-bound options, the knowledge base, storage and the agent.</summary>
    public static IServiceCollection AddKepuCore(this IServiceCollection services, string contentRoot)
    {
        services.AddKepuKnowledge(
            contentRoot,
            knowledge => knowledge.BindConfiguration(KnowledgeOptions.Section),
            library => library.BindConfiguration(LibraryOptions.Section));
        services.AddKepuStorage();
        services.AddKepuAgent();
        services.AddKepuConversation();
        services.AddConversationStore();
        services.AddFraudStatistics();
        services.AddRumorFollowUp();
        services.AddLibraryAudit();
        return services;
    }
}
