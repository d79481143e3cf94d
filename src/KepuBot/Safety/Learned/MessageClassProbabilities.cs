namespace KepuBot.Safety.Learned;

/// <summary>How likely the classifier thinks a message is a rumor to check, a scam, or neither (they sum to 1).</summary>
/// <param name="Rumor">Probability of a rumor-like claim.</param>
/// <param name="Fraud">Probability of a scam being attempted or under way.</param>
/// <param name="None">Probability of an ordinary message.</param>
public sealed record MessageClassProbabilities(double Rumor, double Fraud, double None);
