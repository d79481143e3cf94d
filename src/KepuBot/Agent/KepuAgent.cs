using KepuBot.Agent.Answering;
using KepuBot.Agent.Kernel;
using KepuBot.Agent.Routing;
using KepuBot.Safety.Fraud;
using KepuBot.Safety.Rumors;
using Microsoft.Extensions.Options;

namespace KepuBot.Agent;

/// <summary>
/// The grounded agent: routes the question, then answers — a vetted FAQ entry first when one asks the same thing,
/// otherwise through the kernel's functions — only from the knowledge base, always with citations, and plainly
/// without when there is no basis.
/// </summary>
public sealed class KepuAgent(
    IntentRouter router,
    AgentKernelFactory kernels,
    KnowledgeAnswerer knowledge,
    FaqAnswerer faq,
    FraudResponder fraud,
    DutyAnswerer duties,
    RumorResponder rumors,
    IOptions<AgentOptions> options)
{
    /// <summary>Answers one question.</summary>
    public async Task<(AgentAnswer Answer, RouteDecision Route)> AnswerAsync(AgentQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var route = router.Route(question.Text);
        var turn = kernels.Create();
        var hotline = options.Value.Hotline;
        var answer = route.Intent switch
        {
            Intents.Emergency => Unsourced(ReplyTexts.Emergency(route.EmergencyNumber!), route.Intent),
            Intents.Greeting => Unsourced(ReplyTexts.Greeting, route.Intent) with { Suggestions = ReplyTexts.StarterQuestions },
            Intents.Handoff => Unsourced(ReplyTexts.Handoff(hotline), route.Intent),
            Intents.OutOfScope => Unsourced(ReplyTexts.OutOfScope(hotline), route.Intent),
            Intents.AntiFraud => fraud.Answer(turn, question, route.Fraud),
            Intents.Rumor => rumors.Answer(turn, question, route.Rumor),
            Intents.Policy or Intents.Duty when faq.TryAnswer(turn, question, route.Intent) is AgentAnswer curated => curated,
            Intents.Duty when duties.TryAnswer(question) is AgentAnswer duty => duty,
            _ => await knowledge.AnswerAsync(turn, question, route.Intent, cancellationToken),
        };

        // Flags describe the message, whatever path answered it: a rumor question may also describe a scam.
        var flags = AnswerFlags.Describe(route.Rumor, route.Fraud, answer.Flags);
        if (flags.IsHighFraudRisk && !answer.Answer.StartsWith(FraudResponder.UrgentWarning, StringComparison.Ordinal))
        {
            answer = answer with { Answer = $"{FraudResponder.UrgentWarning}\n{answer.Answer}" };
        }

        return (StarterNote.Apply(answer) with { Flags = flags }, route);
    }

    private static AgentAnswer Unsourced(string text, string intent) => new() { Answer = text, Intent = intent, Grounded = false };
}
