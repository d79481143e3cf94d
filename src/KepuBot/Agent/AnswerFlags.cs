namespace KepuBot.Agent;

/// <summary>Safety flags on an answer.</summary>
/// <param name="Rumor">The message passes on a rumor-like claim.</param>
/// <param name="Fraud">The message describes a scam in progress (high risk).</param>
public sealed record AnswerFlags(bool Rumor = false, bool Fraud = false);
