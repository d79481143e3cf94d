namespace KepuBot.Fraud;

/// <summary>A message that showed fraud risk, as stored: personal data already masked.</summary>
/// <param name="At">When it arrived.</param>
/// <param name="Day">The local calendar day it counts towards.</param>
/// <param name="Channel">The channel it came through.</param>
/// <param name="TurnId">The stored turn.</param>
/// <param name="Risk">high or medium.</param>
/// <param name="Scenario">The scam scenario recognised, or "unknown".</param>
/// <param name="Message">The message, masked.</param>
/// <param name="Cues">The cues that fired, masked.</param>
public sealed record FraudEvent(DateTimeOffset At, DateOnly Day, string Channel, string TurnId, string Risk, string Scenario, string Message, IReadOnlyList<string> Cues);
