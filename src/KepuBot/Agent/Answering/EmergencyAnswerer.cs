using KepuBot.Conversation;
using KepuBot.Safety.Danger;
using KepuKnowledge;

namespace KepuBot.Agent.Answering;

/// <summary>
/// Answers a person in danger: the number to call first, then the first steps from the vetted emergency card for
/// the situation (its "马上做" section), cited. The elderly style keeps the number and the first step only.
/// </summary>
public sealed class EmergencyAnswerer(KnowledgeBase knowledge, ReplyBook replies, ILogger<EmergencyAnswerer> logger)
{
    /// <summary>The card section that holds the first steps.</summary>
    public const string StepsSection = "马上做";

    /// <summary>The card section that sums the card up, for residents asking ahead of time.</summary>
    public const string PointsSection = "要点";

    private const int MaxSteps = 4;

    /// <summary>The reply for <paramref name="reading"/>.</summary>
    public AgentAnswer Answer(DangerReading reading, AnswerStyle style)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var lead = reading.Service.LeadSentence();
        var passages = knowledge.Section(reading.Situation.CardId, StepsSection);
        var steps = passages.SelectMany(p => CardSteps.Of(p.Text)).Take(style == AnswerStyle.Elderly ? 1 : MaxSteps).ToList();
        if (steps.Count == 0)
        {
            // The number alone still goes out: a missing or unvetted card must never delay it.
            logger.LogWarning("Emergency card {CardId} has no citable {Section} section for situation {Situation}", reading.Situation.CardId, StepsSection, reading.Situation.Id);
            return new AgentAnswer { Answer = lead, Intent = Intent.Emergency, Grounded = false };
        }

        var body = steps.Count == 1 ? steps[0] : string.Join('\n', steps.Select((s, i) => $"{i + 1}. {s}"));
        return new AgentAnswer
        {
            Answer = $"{lead}\n{body}",
            Intent = Intent.Emergency,
            Grounded = true,
            Citations = CitationBuilder.From(passages),
        };
    }

    /// <summary>
    /// The answer for someone asking ahead of time: the card's key points, cited, and the number to remember; null
    /// when the card has none citable (the question then goes to ordinary search).
    /// </summary>
    public AgentAnswer? Teach(DangerReading reading, AnswerStyle style)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var passages = knowledge.Section(reading.Situation.CardId, PointsSection);
        var all = passages.SelectMany(p => CardSteps.Of(p.Text)).ToList();
        if (all.Count == 0)
        {
            return null;
        }

        // The elderly style says the number to remember first and once, so its one point is one that does not repeat it.
        var number = replies.Text(ReplyKeys.LearningNumber, reading.Service.Numbers[0]);
        var points = style == AnswerStyle.Elderly
            ? [all.FirstOrDefault(p => !p.Contains(reading.Service.Numbers[0], StringComparison.Ordinal)) ?? all[0]]
            : all.Take(3).ToList();
        return new AgentAnswer
        {
            Answer = style == AnswerStyle.Elderly ? $"{number}\n{string.Join('\n', points)}" : $"{string.Join('\n', points)}\n{number}",
            Intent = Intent.Kepu,
            Grounded = true,
            Citations = CitationBuilder.From(passages),
        };
    }
}
