using KepuBot.Safety.Fraud;

namespace KepuBot.Safety.Rumors;

/// <summary>The rumor verdict on a message.</summary>
/// <param name="IsRumorLike">Whether the message passes on or asks about a claim that needs checking.</param>
/// <param name="Likelihood">How likely the claim is false or misleading, 0–1, from its content and style (the queue sorts by it).</param>
/// <param name="Claim">The claim as extracted (hearsay openers, forwarding calls and question tails removed).</param>
/// <param name="Cues">Cues that fired.</param>
/// <param name="Score">The summed cue weights the verdict was read from.</param>
public sealed record RumorAssessment(bool IsRumorLike, double Likelihood, string Claim, IReadOnlyList<SafetyCue> Cues, double Score = 0)
{
    /// <summary>
    /// Whether the message is handled as a rumor: rumor-like and no fraud risk. A cure claim or a "内部消息" put to
    /// the user by a seller or a stranger is a scam warning first; a claim merely repeated is a rumor.
    /// </summary>
    public bool IsRumorCase(FraudAssessment fraud)
    {
        ArgumentNullException.ThrowIfNull(fraud);
        return IsRumorLike && fraud.Risk == FraudRisk.None;
    }
}
