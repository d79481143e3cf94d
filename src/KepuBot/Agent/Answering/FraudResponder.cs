using KepuBot.Agent.Plugins;
using KepuBot.Conversation;
using KepuBot.Safety.Fraud;
using KepuKnowledge.Corpus;
using KepuKnowledge.Retrieval;

namespace KepuBot.Agent.Answering;

/// <summary>
/// Anti-fraud answers. High risk: the one thing to do comes first, in short plain sentences, then the matching
/// scenario article with its citation. Medium: what to check. General questions: tips from the library.
/// </summary>
public sealed class FraudResponder(ExtractiveComposer composer, ReplyBook replies)
{
    internal static readonly string[] WarningNumbers = ["110", "96110"];

    /// <summary>Answers a message routed to anti-fraud.</summary>
    public AgentAnswer Answer(AgentKernelFactory.TurnKernel turn, AgentQuestion question, FraudAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(assessment);
        var article = FindArticle(turn, question, assessment);
        var high = assessment.Risk == FraudRisk.High;
        var warning = question.Style == AnswerStyle.Elderly ? replies.Text(ReplyKeys.ElderlyUrgentWarning) : replies.Text(ReplyKeys.UrgentWarning);
        var advice = article is null ? [] : composer.Select(AdviceQuery(question, high), [article], AnswerStyle.Elderly);

        // The urgent warning already names 110 and 96110: an article sentence saying them again only lengthens the
        // one thing an older resident must take in.
        // When every chosen sentence names them, the article's own advice still goes out with its citation.
        var fresh = advice.Where(a => !WarningNumbers.Any(n => a.Text.Contains(n, StringComparison.Ordinal))).ToList();
        advice = high && fresh.Count > 0 ? fresh : advice;
        var body = advice.Count > 0 ? ExtractiveComposer.Compose(advice, AnswerStyle.Elderly) : string.Empty;
        var answer = assessment.Risk switch
        {
            FraudRisk.High => $"{warning}\n{body}".TrimEnd(),
            FraudRisk.Medium => $"{replies.Text(ReplyKeys.CheckFirst)}{body}".TrimEnd(),
            _ => body,
        };
        if (article is null || body.Length == 0)
        {
            answer = high ? warning : replies.Text(ReplyKeys.FraudBasics);
        }

        return new AgentAnswer
        {
            Answer = answer,
            Intent = Intent.AntiFraud,
            Grounded = article is not null && body.Length > 0,
            Citations = article is not null && body.Length > 0 ? CitationBuilder.From([article]) : [],
            Flags = new AnswerFlags(Fraud: high),
        };
    }

    // The scenario article's "怎么办" section carries the actions; warning signs serve a medium risk better.
    private static string AdviceQuery(AgentQuestion question, bool high) =>
        high ? $"{question.Resolved} 立即 挂断 不转账 报警 110 96110" : $"{question.Resolved} 警惕 核实 不要";

    private static SearchHit? FindArticle(AgentKernelFactory.TurnKernel turn, AgentQuestion question, FraudAssessment assessment)
    {
        var section = assessment.Risk == FraudRisk.High ? "怎么办" : "警惕信号";

        // A question with no risk in it may be about one of the tools against scams (国家反诈中心App, a 96110 call, a
        // 12381 text) rather than a scam: when search puts such an article first, it answers, whatever scenario the
        // question's words (派出所让装的…) would point to.
        if (assessment.Risk == FraudRisk.None
            && turn.Knowledge.SearchHits(turn.Evidence, question.Resolved, [DocumentKinds.AntiFraud], 1) is [{ Metadata.Scenario: null } tool])
        {
            return tool;
        }

        // A recognised scenario names its article; only the section is left to find, which needs no search at all.
        if (assessment.Scenario is string known)
        {
            foreach (var article in turn.Knowledge.ScenarioArticles(known))
            {
                if (turn.Knowledge.SectionHits(turn.Evidence, article, section) is [var sectionHit, ..])
                {
                    return sectionHit;
                }
            }
        }

        var query = question.Resolved + " " + section;
        var hits = turn.Knowledge.SearchHits(turn.Evidence, query, [DocumentKinds.AntiFraud], 10);
        if (assessment.Scenario is string scenario)
        {
            var inScenario = hits.Where(h => h.Metadata.Scenario == scenario).ToList();
            return inScenario.FirstOrDefault(h => h.Section.EndsWith(section, StringComparison.Ordinal)) ?? (inScenario.Count > 0 ? inScenario[0] : First(hits));
        }

        return First(hits);
    }

    private static SearchHit? First(IReadOnlyList<SearchHit> hits) => hits.Count > 0 ? hits[0] : null;
}
