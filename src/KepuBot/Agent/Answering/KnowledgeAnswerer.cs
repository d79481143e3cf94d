using KepuBot.Agent.Plugins;
using KepuBot.Conversation;
using KepuKnowledge.Corpus;
using Microsoft.Extensions.Options;

namespace KepuBot.Agent.Answering;

/// <summary>
/// Answers policy, duty and 科普 questions from the knowledge base: search, check there is a basis, and compose a short extractive answer with its sources.
/// </summary>
public sealed class KnowledgeAnswerer(ExtractiveComposer composer, GroundingCheck grounding, ModelAnswerer model, ReplyBook replies, IOptions<AgentOptions> options)
{
    private const int Top = 5;

    /// <summary>Answers, or says plainly there is no basis.</summary>
    public async Task<AgentAnswer> AnswerAsync(AgentKernelFactory.TurnKernel turn, AgentQuestion question, Intent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        if (model.IsConfigured && await model.TryAnswerAsync(turn, question, intent == Intent.Duty ? Intent.Duty : Intent.Policy, cancellationToken) is { } reply)
        {
            if (reply.Answer is not { } modelAnswer)
            {
                return NoBasis();
            }

            var cited = modelAnswer.Citations.Count > 0 ? turn.Evidence.Hits.FirstOrDefault(h => h.DocId == modelAnswer.Citations[0].DocId)?.Metadata.Kind : null;
            return modelAnswer with { Intent = IntentFor(intent, cited ?? DocumentKinds.Policy) };
        }

        IReadOnlyList<string>? kinds = intent == Intent.Duty ? [DocumentKinds.Policy] : null;
        var found = turn.Knowledge.SearchHits(turn.Evidence, question.Resolved, kinds, Top);
        var terms = composer.QuestionTerms(question.Resolved);
        var hits = grounding.BestCoveredFirst(terms, found);
        var needed = GroundingCheck.NeededCoverage(hits, options.Value.MinCoverage, question.Resolved);
        if (hits.Count == 0 || !grounding.KnowsAnyContentWord(terms) || grounding.TopicCoverage(terms, hits[0]) < needed)
        {
            return NoBasis();
        }

        // Only passages that are themselves a basis may lend sentences to the answer.
        var basis = hits.Where(h => grounding.TopicCoverage(terms, h) >= needed).ToList();
        var sentences = composer.Select(question.Resolved, basis, question.Style);
        if (sentences.Count == 0)
        {
            return NoBasis();
        }

        var used = sentences.Select(s => s.Hit).ToList();
        var answer = ExtractiveComposer.Compose(sentences, question.Style);
        var notice = used[0].Notice;
        return new AgentAnswer
        {
            Answer = notice is null ? answer : $"{answer}\n（{notice.TrimEnd('。')}。）",
            Intent = IntentFor(intent, used[0].Metadata.Kind),
            Grounded = true,
            Citations = CitationBuilder.From(used),
        };
    }

    private AgentAnswer NoBasis() => new() { Answer = replies.Text(ReplyKeys.NoBasis, options.Value.Hotline), Intent = Intent.OutOfScope, Grounded = false };

    // A duty question stays a duty answer; otherwise the kind of the first source decides policy or 科普.
    private static Intent IntentFor(Intent intent, string sourceKind) =>
        intent == Intent.Duty ? Intent.Duty : sourceKind == DocumentKinds.Policy ? Intent.Policy : Intent.Kepu;
}
