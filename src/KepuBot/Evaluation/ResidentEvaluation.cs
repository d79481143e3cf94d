using System.Text.RegularExpressions;
using KepuBot.Agent;
using KepuBot.Conversation;

namespace KepuBot.Evaluation;

/// <summary>
/// Behaviour on real-style resident questions, per kind: answers must cite the expected document and carry the fact;
/// emergencies must name the right number before any other number and rest on an emergency card; declines must cite
/// nothing. Ordinary questions that got an emergency reply are counted apart, since that is its own failure.
/// </summary>
public static partial class ResidentEvaluation
{
    /// <summary>Results for one kind of question.</summary>
    public sealed record KindReport(string Kind, int Cases, int Right, int CardCited, IReadOnlyList<string> Misses)
    {
        /// <summary>Share of cases with the right behaviour.</summary>
        public double Share => Cases == 0 ? 1 : (double)Right / Cases;
    }

    /// <summary>Everything measured on one set.</summary>
    public sealed record Report(int Cases, int Right, IReadOnlyList<KindReport> Kinds, IReadOnlyList<string> FalseEmergencies)
    {
        /// <summary>Share of all cases with the right behaviour.</summary>
        public double Share => Cases == 0 ? 1 : (double)Right / Cases;
    }

    /// <summary>Runs every case through the agent, one fresh conversation each.</summary>
    public static async Task<Report> RunAsync(KepuAgent agent, IReadOnlyList<ResidentCase> cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(cases);
        var kinds = new List<KindReport>();
        var falseEmergencies = new List<string>();
        var right = 0;
        foreach (var group in cases.GroupBy(c => c.Kind))
        {
            int ok = 0, cards = 0;
            var misses = new List<string>();
            foreach (var c in group)
            {
                var answer = await agent.AnswerAsync(new AgentQuestion(c.Question, c.Question, AnswerStyle.Standard), cancellationToken);
                var cardCited = answer.Citations.Any(x => x.DocId.StartsWith("emergency-", StringComparison.Ordinal));
                cards += cardCited ? 1 : 0;
                if (c.Expect != ResidentCase.Emergency && answer.Intent == Intent.Emergency)
                {
                    falseEmergencies.Add($"{c.Id} {c.Question}");
                }

                if (IsRight(c, answer))
                {
                    ok++;
                }
                else
                {
                    misses.Add($"{c.Id} {c.Question} → [{answer.Intent.Name()}{(answer.Citations.Count > 0 ? " " + answer.Citations[0].DocId : string.Empty)}] {answer.Answer.Replace('\n', ' ')}");
                }
            }

            right += ok;
            kinds.Add(new KindReport(group.Key, group.Count(), ok, cards, misses));
        }

        return new Report(cases.Count, right, kinds, falseEmergencies);
    }

    /// <summary>The first hotline-like number in a reply (3 to 5 digits standing alone), or null.</summary>
    public static string? FirstNumber(string reply) => LeadingNumber().Match(reply) is { Success: true } m ? m.Value : null;

    private static bool IsRight(ResidentCase c, AgentAnswer answer) => c.Expect switch
    {
        ResidentCase.Emergency => FirstNumber(answer.Answer) is { } first && c.Numbers.Contains(first),
        ResidentCase.Decline => answer.Citations.Count == 0 && !answer.Grounded && answer.Intent != Intent.Emergency,
        _ => answer.Intent != Intent.Emergency
             && answer.Citations.Any(x => c.IsExpectedDoc(x.DocId))
             && (c.ContainsFact(answer.Answer) || answer.Citations.Any(x => c.IsExpectedDoc(x.DocId) && c.ContainsFact(x.Quote))),
    };

    [GeneratedRegex(@"(?<!\d)\d{3,5}(?!\d)")]
    private static partial Regex LeadingNumber();
}
