using KepuBot.Agent.Answering;
using KepuBot.Agent.Plugins;
using KepuBot.Agent.Routing;
using KepuBot.Conversation;
using KepuBot.Safety.Danger;
using KepuKnowledge;
using KepuKnowledge.Analysis;
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
    EmergencyAnswerer emergencies,
    ColloquialWords colloquial,
    DangerReader danger,
    PlaceScope places,
    ReplyBook replies,
    ElderlyStyle elderlyStyle,
    KnowledgeBase knowledgeBase,
    IOptions<AgentOptions> options) : IQuestionAnswerer
{
    /// <inheritdoc />
    public async Task<AgentAnswer> AnswerAsync(AgentQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var route = router.Route(question.Text);

        // The safety readers saw the message as written; answers are looked up in the documents' own words.
        question = question with { Resolved = colloquial.Rewrite(question.Resolved) };
        var turn = kernels.Create();
        var hotline = options.Value.Hotline;
        var elderly = question.Style == AnswerStyle.Elderly;
        var answer = await LocalPolicyClaimAsync(turn, question, route, cancellationToken) ?? route.Intent switch
        {
            Intent.Emergency => emergencies.Answer(route.Danger!, question.Style),
            Intent.Greeting => Unsourced(elderly ? replies.Text(ReplyKeys.ElderlyGreeting) : replies.Text(ReplyKeys.Greeting), route.Intent) with { Suggestions = replies.List(ReplyKeys.StarterQuestions) },
            Intent.Handoff => Unsourced(replies.Text(ReplyKeys.Handoff, hotline), route.Intent),
            Intent.Refused => Unsourced(replies.Text(ReplyKeys.Harmful), route.Intent),
            Intent.Policy or Intent.Duty when OtherPlace(question) is string place =>
                Unsourced(elderly ? replies.Text(ReplyKeys.ElderlyOtherPlace, place) : replies.Text(ReplyKeys.OtherPlace, place, string.Join('、', knowledgeBase.PolicyPlaces())), Intent.OutOfScope),
            Intent.Policy when danger.ReadLearning(question.Text) is { } learning && emergencies.Teach(learning, question.Style) is AgentAnswer taught => taught,
            Intent.OutOfScope => Unsourced(elderly ? replies.Text(ReplyKeys.ElderlyOutOfScope, hotline) : replies.Text(ReplyKeys.OutOfScope, hotline), route.Intent),
            Intent.AntiFraud => fraud.Answer(turn, question, route.Fraud),
            Intent.Rumor => rumors.Answer(turn, question, route.Rumor with { Claim = colloquial.Rewrite(route.Rumor.Claim) }),
            Intent.Policy or Intent.Duty when faq.TryAnswer(turn, question, route.Intent) is AgentAnswer curated => curated,
            Intent.Duty when duties.TryAnswer(question) is AgentAnswer duty => duty,
            _ => await knowledge.AnswerAsync(turn, question, route.Intent, cancellationToken),
        };

        // Flags describe the message, whatever path answered it: a rumor question may also describe a scam.
        var flags = AnswerFlags.Describe(route.Rumor, route.Fraud, answer.Flags);
        var warning = replies.Text(elderly ? ReplyKeys.ElderlyUrgentWarning : ReplyKeys.UrgentWarning);

        // A refused request to run a scam ("用AI换成老板的脸让财务转账") is the writer's own plan, not one played on them.
        if (flags.IsHighFraudRisk && route.Intent != Intent.Refused && !answer.Answer.StartsWith(warning, StringComparison.Ordinal))
        {
            answer = answer with { Answer = $"{warning}\n{answer.Answer}" };
        }

        if (elderly)
        {
            answer = answer with { Answer = elderlyStyle.Fit(answer.Answer) };
        }

        return StarterNote.Apply(answer) with { Flags = flags };
    }

    // "听说濮阳的网格员还得兼个科普员 真的假的" is hearsay about a place's own policy work: the place's document settles
    // it better than a holding answer. Only a grounded answer from a policy document will do; otherwise the rumor
    // path answers. Either way the flags still mark the claim, so staff see it.
    private async Task<AgentAnswer?> LocalPolicyClaimAsync(AgentKernelFactory.TurnKernel turn, AgentQuestion question, RouteDecision route, CancellationToken cancellationToken)
    {
        if (route.Intent != Intent.Rumor || !PolicyWorkWords.AboutPlace(question.Resolved, knowledgeBase.RegionNames()))
        {
            return null;
        }

        var answer = await knowledge.AnswerAsync(turn, question, Intent.Policy, cancellationToken);
        return answer is { Grounded: true, Intent: Intent.Policy } ? answer : null;
    }

    // Only questions about policy work are held to the documents' places: "武汉的医院怎么挂号" is a 科普 question.
    private string? OtherPlace(AgentQuestion question) =>
        PolicyWorkWords.In(question.Resolved) ? places.Uncovered(question.Resolved, knowledgeBase.RegionNames()) : null;

    private static AgentAnswer Unsourced(string text, Intent intent) => new() { Answer = text, Intent = intent, Grounded = false };
}
