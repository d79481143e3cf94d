namespace KepuBot.Fraud;

/// <summary>How many messages of one scenario and risk level arrived on one day.</summary>
public sealed record FraudCount(DateOnly Day, string Scenario, string Risk, long Count);
