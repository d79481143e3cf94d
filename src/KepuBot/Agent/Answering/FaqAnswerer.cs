using KepuBot.Agent.Plugins;
using KepuBot.Conversation;
using KepuKnowledge.Corpus;
using KepuKnowledge.Retrieval;

namespace KepuBot.Agent.Answering;

/// <summary>
/// Curated answers first: when a citable FAQ entry asks what the question asks, its answer is returned as staff
/// wrote it, citing the section of the document it is taken from (and the entry itself, so staff can trace it).
/// </summary>
public sealed class FaqAnswerer(FaqMatcher matcher)
{
    /// <summary>Section name shown for the FAQ entry's own citation.</summary>
    public const string FaqSection = "常见问题";

    /// <summary>The curated answer, or null when no entry matches with confidence.</summary>
    public AgentAnswer? TryAnswer(AgentKernelFactory.TurnKernel turn, AgentQuestion question, Intent intent)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        if (matcher.Match(question.Resolved) is not FaqMatch match)
        {
            return null;
        }

        // The cited passage and the entry are this turn's evidence, as search results are on the other paths.
        turn.Evidence.Add([match.Source, match.Entry]);
        var notice = match.Source.Notice;
        return new AgentAnswer
        {
            Answer = notice is null ? match.Answer : $"{match.Answer}\n（{notice.TrimEnd('。')}。）",
            Intent = intent == Intent.Duty ? Intent.Duty : match.Source.Metadata.Kind == DocumentKinds.Policy ? Intent.Policy : Intent.Kepu,
            Grounded = true,
            Citations =
            [
                new Citation(match.Source.DocId, match.Source.Title, match.Source.Section, match.Source.Text) { Notice = notice },
                new Citation(match.Entry.DocId, match.Entry.Title, FaqSection, match.Answer) { Notice = match.Entry.Notice },
            ],
        };
    }
}
