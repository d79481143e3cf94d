using KepuBot.Agent.Plugins;
using KepuBot.Safety.Rumors;
using KepuKnowledge.Corpus;

namespace KepuBot.Agent.Answering;

/// <summary>
/// Answers a rumor-like claim from vetted 辟谣 material: a matching debunk gives its verdict and conclusion with the
/// citation; with no match the answer is a careful holding answer and never a guessed verdict.
/// </summary>
public sealed class RumorResponder(ExtractiveComposer composer, GroundingCheck grounding, ReplyBook replies)
{
    private const double MatchCoverage = 0.6;

    // A claim retold in a resident's own words ("刚给娃吃了根香蕉又喝了盒酸奶 群里说会中毒"): the first debunk found
    // may cover less of the wording, as long as its document holds the claim's rarest words, the ones naming the rumor.
    private const double RetoldCoverage = 0.4;
    private const int RumorNamingWords = 2;

    /// <summary>Answers the claim.</summary>
    public AgentAnswer Answer(AgentKernelFactory.TurnKernel turn, AgentQuestion question, RumorAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(assessment);
        var hits = turn.Knowledge.SearchHits(turn.Evidence, assessment.Claim, [DocumentKinds.Debunk], 5);
        var terms = composer.QuestionTerms(assessment.Claim);
        // The debunk's own text covering the claim decides first; a resident's everyday wording may instead match one of
        // its curated questions, as long as the document says every word of the claim the corpus knows; last, the first
        // debunk found answers a claim retold in many words of the resident's own when it holds the rarest of them.
        var match = hits.FirstOrDefault(h => grounding.EvenCoverage(terms, h) >= MatchCoverage)
            ?? hits.FirstOrDefault(h => grounding.Coverage(terms, h) >= MatchCoverage && grounding.DocumentHoldsKnownWords(terms, h))
            ?? hits.Take(1).FirstOrDefault(h => grounding.Coverage(terms, h) >= RetoldCoverage && grounding.DocumentHoldsRarestWords(terms, h, RumorNamingWords));
        if (match is null)
        {
            var holding = question.Style == AnswerStyle.Elderly ? replies.Text(ReplyKeys.ElderlyRumorHolding) : replies.Text(ReplyKeys.RumorHolding);
            return new AgentAnswer { Answer = holding, Intent = Intent.Rumor, Grounded = false, Flags = new AnswerFlags(Rumor: true) };
        }

        // The conclusion section states the verdict in plain words; prefer it over whichever section matched.
        var conclusion = turn.Knowledge.SectionHits(turn.Evidence, match.DocId, "结论") is [var stated, ..] ? stated : match;
        var sentences = composer.Select(assessment.Claim + " 结论", [conclusion], question.Style);
        var body = sentences.Count > 0 ? ExtractiveComposer.Compose(sentences, question.Style) : conclusion.Text;
        var verdict = match.Metadata.Verdict ?? "辟谣";
        return new AgentAnswer
        {
            Answer = body.StartsWith(verdict, StringComparison.Ordinal) || body.StartsWith("这是", StringComparison.Ordinal) ? body : $"【{verdict}】{body}",
            Intent = Intent.Rumor,
            Grounded = true,
            Citations = CitationBuilder.From([conclusion]),
            Flags = new AnswerFlags(Rumor: true),
        };
    }
}
