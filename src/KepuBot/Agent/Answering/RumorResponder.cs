using KepuBot.Agent.Plugins;
using KepuBot.Conversation;
using KepuBot.Safety.Rumors;
using KepuKnowledge.Analysis;
using KepuKnowledge.Corpus;
using KepuKnowledge.Retrieval;

namespace KepuBot.Agent.Answering;

/// <summary>
/// Answers a rumor-like claim from vetted 辟谣 material: a matching debunk gives its verdict and conclusion with the
/// citation; with no match the answer is a careful holding answer and never a guessed verdict.
/// </summary>
public sealed class RumorResponder(ExtractiveComposer composer, GroundingCheck grounding, ReplyBook replies, ColloquialWords colloquial)
{
    private const double MatchCoverage = 0.6;

    // A claim retold in a resident's own words ("刚给娃吃了根香蕉又喝了盒酸奶 群里说会中毒"): the first debunk found
    // may cover less of the wording, as long as its document holds the claim's rarest words, the ones naming the rumor.
    private const double RetoldCoverage = 0.4;
    private const int RumorNamingWords = 2;
    private const double ClaimSubstanceNeeded = 2.0;
    private const double SingleCharacterSubstance = 0.5;

    /// <summary>
    /// The debunk a resident's whole message is about when the claim cut from it lost its subject: "楼顶上要装信号塔
    /// 邻居说辐射大会得癌症" yields the claim "辐射大会得癌症", while the message names two of the 5G debunk's topic
    /// words (信号塔, 辐射). Two distinct words of the first debunk found for the whole message, in its keywords or
    /// topics or a long stretch of its title (<see cref="DebunkTopicWords"/>), are the evidence; one shared word
    /// ("西瓜", "辐射") is not, since several rumors share it. The claims it answers are not searched: their everyday
    /// words ("吃了") would count as topic words.
    /// </summary>
    private SearchHit? RetoldTopicMatch(AgentKernelFactory.TurnKernel turn, AgentQuestion question)
    {
        var message = colloquial.Rewrite(ChineseNormalizer.Normalize(question.Resolved));
        var found = turn.Knowledge.SearchHits(turn.Evidence, message, [DocumentKinds.Debunk], RivalDebunks).DistinctBy(h => h.DocId).ToList();
        if (found is not [var hit, .. var rivals])
        {
            return null;
        }

        var terms = composer.QuestionTerms(message).Where(t => t.Length >= 2).ToList();
        var named = DebunkTopicWords.Named(message, terms, TopicWords(hit), hit.Title);
        var enough = named.Count >= TopicWordsNamed || named.Sum(w => w.Length) >= TopicCharactersNamed;

        // At least one of them must be this debunk's own: "每天喝浓茶可以降血脂" names 每天 and 血脂, which the egg and
        // the vinegar debunks both say, and neither is about tea.
        var own = named.Any(w => !rivals.Any(r => TopicWords(r).Prepend(r.Title).Any(t => t.Contains(w, StringComparison.Ordinal))));
        return enough && own ? hit : null;
    }

    private static IReadOnlyList<string> TopicWords(SearchHit hit) => [.. hit.Metadata.Keywords, .. hit.Metadata.Topics];

    // The debunks found after the first, whose topic words tell which of the message's words are the first one's own.
    private const int RivalDebunks = 12;

    // The debunk's own text covering the claim decides first; a resident's everyday wording may instead match one of
    // its curated questions, as long as the document says every word of the claim the corpus knows; last, the first
    // debunk found answers a claim retold in many words of the resident's own when it holds the rarest of them.
    // A claim cut down to one word of substance ("不能吃" of "微波炉热的饭菜有辐射 我奶奶说不能吃") names no rumor: every
    // debunk covers it, so it is not searched for.
    private SearchHit? ClaimMatch(AgentKernelFactory.TurnKernel turn, string claim)
    {
        var terms = composer.QuestionTerms(claim);
        if (terms.Where(t => !t.All(char.IsDigit)).Sum(t => t.Length >= 2 ? 1.0 : SingleCharacterSubstance) < ClaimSubstanceNeeded)
        {
            return null;
        }

        var hits = turn.Knowledge.SearchHits(turn.Evidence, claim, [DocumentKinds.Debunk], ClaimDebunks);
        return hits.FirstOrDefault(h => grounding.EvenCoverage(terms, h) >= MatchCoverage)
            ?? hits.FirstOrDefault(h => grounding.Coverage(terms, h) >= MatchCoverage && grounding.DocumentHoldsKnownWords(terms, h))
            ?? hits.Take(1).FirstOrDefault(h => grounding.Coverage(terms, h) >= RetoldCoverage && grounding.DocumentHoldsRarestWords(terms, h, RumorNamingWords));
    }

    private const int ClaimDebunks = 5;

    // Two words, or one long enough to name the rumor alone ("千年极寒").
    private const int TopicWordsNamed = 2;
    private const int TopicCharactersNamed = 4;

    /// <summary>Answers the claim.</summary>
    public AgentAnswer Answer(AgentKernelFactory.TurnKernel turn, AgentQuestion question, RumorAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(assessment);
        // The whole message naming a debunk's topic words decides first, since the cut claim may have lost them
        // ("有辐射不让娃吃" of "用微波炉热剩饭 我婆婆说有辐射不让娃吃"); then the claim.
        var match = RetoldTopicMatch(turn, question) ?? ClaimMatch(turn, assessment.Claim);
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
