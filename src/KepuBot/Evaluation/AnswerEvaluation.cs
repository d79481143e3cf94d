using KepuBot.Agent;
using KepuBot.Conversation;

namespace KepuBot.Evaluation;

/// <summary>
/// Answer quality: the share of answers that contain the expected fact (in the answer or a quoted source) and
/// cite the expected document; the share with citations; citations the retrieval did not return (must be 0).
/// </summary>
public static class AnswerEvaluation
{
    /// <summary>The measured shares and the misses.</summary>
    public sealed record Report(int Cases, double CorrectAndCited, double WithCitations, int UnreturnedCitations, IReadOnlyList<string> Misses);

    /// <summary>Runs the cases through the agent.</summary>
    public static async Task<Report> RunAsync(KepuAgent agent, IReadOnlyList<QuestionCase> cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(cases);
        int correct = 0, cited = 0, unreturned = 0;
        var misses = new List<string>();
        foreach (var c in cases)
        {
            var answer = await agent.AnswerAsync(new AgentQuestion(c.Question, c.Question, AnswerStyle.Standard), cancellationToken);
            cited += answer.Citations.Count > 0 ? 1 : 0;
            unreturned += answer.Citations.Count(citation => string.IsNullOrEmpty(citation.Quote));
            var citesDoc = answer.Citations.Any(x => c.IsExpectedDoc(x.DocId));
            var hasFact = c.ContainsFact(answer.Answer) || answer.Citations.Any(x => c.IsExpectedDoc(x.DocId) && c.ContainsFact(x.Quote));
            if (citesDoc && hasFact)
            {
                correct++;
            }
            else
            {
                misses.Add($"{c.Id} {c.Question} → [{answer.Intent.Name()}] {answer.Answer.Replace('\n', ' ')}");
            }
        }

        double Share(int n) => cases.Count == 0 ? 0 : (double)n / cases.Count;
        return new Report(cases.Count, Share(correct), Share(cited), unreturned, misses);
    }

    /// <summary>Share of out-of-scope messages refused (no citations, not grounded).</summary>
    public static async Task<(double Refused, IReadOnlyList<string> Answered)> RefusalsAsync(KepuAgent agent, IReadOnlyList<string> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(messages);
        var answered = new List<string>();
        foreach (var message in messages)
        {
            var answer = await agent.AnswerAsync(new AgentQuestion(message, message, AnswerStyle.Standard), cancellationToken);
            if (answer.Grounded || answer.Citations.Count > 0)
            {
                answered.Add($"{message} → {answer.Answer.Replace('\n', ' ')}");
            }
        }

        return (messages.Count == 0 ? 0 : 1 - ((double)answered.Count / messages.Count), answered);
    }
}
