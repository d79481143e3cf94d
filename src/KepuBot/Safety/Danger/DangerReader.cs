namespace KepuBot.Safety.Danger;

/// <summary>
/// Recognises a person in danger now, from the editable danger cue list. Each situation sums the weights of its
/// families; the modifiers add once each — a sign it is happening now, a sign of asking ahead ("想学", "万一"), a
/// sign of the past or of a story ("去年", "新闻里"). The best situation is an emergency when its total reaches the
/// threshold: a symptom described plainly ("嘴歪了说话不清楚") reaches it alone, a topic named ("中暑") needs a sign
/// that it is happening.
/// </summary>
public sealed class DangerReader(DangerLexicon lexicon)
{
    private const double Threshold = 2.0;

    // Several descriptions of one situation add up ("胸口痛" and "一身冷汗"), but no pile of them outweighs a clear
    // sign of asking ahead: "烧烫伤以后留疤了怎么淡化" names the burn twice and is still no emergency.
    private const double SituationCap = 2.5;

    // A question asked ahead only has to name its situation: "万一遇到地震" names the earthquake with a word (0.5)
    // too weak to make "地震来了该怎么避险" an emergency with the "了" of happening now.
    private const double LearningTopic = 0.5;

    /// <summary>The emergency in <paramref name="message"/>, or null when nobody is in danger now.</summary>
    public DangerReading? Read(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Emergency(lexicon.Cues.Fire(SafetyText.Prepare(message)));
    }

    /// <summary>
    /// The situation a resident asks about ahead of time ("想学心肺复苏", "万一老人噎住了该咋弄"): a situation named
    /// with a sign of asking ahead, and no emergency. Such questions are answered from the situation's card.
    /// </summary>
    public DangerReading? ReadLearning(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var cues = lexicon.Cues.Fire(SafetyText.Prepare(message));
        if (!cues.Any(c => c.Group == DangerCueGroups.Learning) || Emergency(cues) is not null)
        {
            return null;
        }

        var (situation, score) = Best(cues, double.MaxValue);
        return situation is not null && score >= LearningTopic ? new DangerReading(situation, lexicon.Services[situation.Service], score, cues) : null;
    }

    private DangerReading? Emergency(IReadOnlyList<SafetyCue> cues)
    {
        if (cues.Count == 0)
        {
            return null;
        }

        var modifiers = DangerCueGroups.Modifiers.Sum(group => cues.Where(c => c.Group == group).Select(c => c.Weight).DefaultIfEmpty(0).MaxBy(Math.Abs));
        var (best, bestScore) = Best(cues, SituationCap);
        return best is not null && bestScore + modifiers >= Threshold
            ? new DangerReading(best, lexicon.Services[best.Service], Math.Round(bestScore + modifiers, 2), cues)
            : null;
    }

    // The situation whose families weigh most (each capped at cap), the earliest in file order on a tie.
    private (DangerSituation? Situation, double Score) Best(IReadOnlyList<SafetyCue> cues, double cap)
    {
        DangerSituation? best = null;
        var bestScore = 0.0;
        foreach (var situation in lexicon.Situations)
        {
            var score = Math.Min(cap, cues.Where(c => c.Group == situation.Id).Sum(c => c.Weight));
            if (score > bestScore)
            {
                (best, bestScore) = (situation, score);
            }
        }

        return (best, bestScore);
    }
}
