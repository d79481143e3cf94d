using KepuBot.Agent.Answering;
using KepuBot.Agent.Plugins;
using KepuBot.Agent.Routing;
using KepuBot.Agent.Search;
using KepuBot.Conversation;
using KepuBot.Safety;
using KepuBot.Safety.Danger;
using KepuBot.Safety.Fraud;
using KepuBot.Safety.Learned;
using KepuBot.Safety.Rumors;
using KepuKnowledge;
using Microsoft.Extensions.Options;

namespace KepuBot.Agent;

/// <summary>Registers the agent and the safety readers it routes with.</summary>
public static class AgentServiceCollectionExtensions
{
    /// <summary>Adds everything behind <see cref="KepuAgent"/>.</summary>
    public static IServiceCollection AddKepuAgent(this IServiceCollection services)
    {
        services.AddOptions<AgentOptions>().BindConfiguration(AgentOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Model.IsValid, "Agent:Model: Endpoint must be empty (no model) or an absolute http(s) URL with a ModelId, and Timeout positive")
            .ValidateOnStart();
        services.AddSingleton(sp => SafetyLexicon.Load(sp.GetRequiredService<KnowledgePaths>()));
        services.AddSingleton<FraudDetector>();
        services.AddSingleton<RumorDetector>();
        services.AddSingleton(sp => MessageClassifier.Train(
            LabelledMessage.LoadFolder(Path.Combine(sp.GetRequiredService<KnowledgePaths>().Lexicon, "safety", "examples"))));
        services.AddSingleton<SafetyReader>();
        services.AddOptions<EmergencyOptions>().BindConfiguration(EmergencyOptions.Section);
        services.AddSingleton(sp => DangerLexicon.Load(sp.GetRequiredService<KnowledgePaths>())
            .WithNumbers(sp.GetRequiredService<IOptions<EmergencyOptions>>().Value.Numbers));
        services.AddSingleton<DangerReader>();
        services.AddSingleton<EmergencyAnswerer>();
        services.AddSingleton<HarmfulRequests>();
        services.AddSingleton<PlaceScope>();
        services.AddSingleton<ElderlyStyle>();
        services.AddHostedService<SafetyWarmup>();
        services.AddSingleton<IntentRouter>();
        services.AddSingleton<ExtractiveComposer>();
        services.AddSingleton<GroundingCheck>();
        services.AddSingleton<KnowledgeSearch>();
        services.AddSingleton<KnowledgePlugin>();
        services.AddSingleton<DutiesPlugin>();
        services.AddSingleton<SafetyPlugin>();
        services.AddSingleton<AgentKernelFactory>();
        services.AddSingleton<ModelAnswerCheck>();
        services.AddSingleton<ModelAnswerer>();
        services.AddSingleton<KnowledgeAnswerer>();
        services.AddSingleton<FaqAnswerer>();
        services.AddSingleton<DutyAnswerer>();
        services.AddSingleton<FraudResponder>();
        services.AddSingleton<RumorResponder>();
        services.AddSingleton<KepuAgent>();
        services.AddSingleton<IQuestionAnswerer>(s => s.GetRequiredService<KepuAgent>());
        services.AddSingleton<ProhibitedContent>();
        return services;
    }
}
