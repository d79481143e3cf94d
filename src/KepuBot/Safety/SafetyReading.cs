using KepuBot.Safety.Fraud;
using KepuBot.Safety.Rumors;

namespace KepuBot.Safety;

/// <summary>
/// Settles a message that reads both as a rumor and as a weak fraud risk. A forwarded claim ("群里有人说…会被偷走
/// 指纹") often names a payment or a stranger without anything being asked of the writer; then it is a rumor to
/// check, not a scam. A fraud risk with a demand or money under way, or a seller pitching to the writer, stands.
/// </summary>
public static class SafetyReading
{
    // Families that put the writer in front of someone: a pitch ("推销说能治好我的风湿") or a request.
    private static readonly HashSet<string> Approaches = new(StringComparer.Ordinal) { "seller", "asks-me" };

    /// <summary>The fraud assessment that stands once the rumor reading is taken into account.</summary>
    public static FraudAssessment Settle(RumorAssessment rumor, FraudAssessment fraud)
    {
        ArgumentNullException.ThrowIfNull(rumor);
        ArgumentNullException.ThrowIfNull(fraud);
        var nothingAsked = !fraud.Cues.Any(c => c.Group is FraudCueGroups.Demand or FraudCueGroups.Progress || Approaches.Contains(c.Name));
        return rumor.IsRumorLike && fraud.Risk == FraudRisk.Medium && nothingAsked
            ? fraud with { Risk = FraudRisk.None, Scenario = null }
            : fraud;
    }
}
