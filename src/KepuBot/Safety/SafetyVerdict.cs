using KepuBot.Safety.Fraud;
using KepuBot.Safety.Learned;
using KepuBot.Safety.Rumors;

namespace KepuBot.Safety;

/// <summary>The settled safety reading of a message: the rumor and fraud assessments that stand, and the model's view.</summary>
/// <param name="Rumor">The rumor assessment.</param>
/// <param name="Fraud">The fraud assessment.</param>
/// <param name="Model">The classifier's class probabilities.</param>
public sealed record SafetyVerdict(RumorAssessment Rumor, FraudAssessment Fraud, MessageClassProbabilities Model)
{
    /// <summary>Whether the message is handled as a rumor to check.</summary>
    public bool IsRumor => Rumor.IsRumorCase(Fraud);
}
