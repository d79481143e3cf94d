using KepuBot.Safety.Fraud;

namespace KepuBot.Safety.Learned;

/// <summary>One labelled message for rumor and fraud detection.</summary>
/// <param name="Id">Case id.</param>
/// <param name="Expect">rumor, fraud or none.</param>
/// <param name="Text">The message as a resident would send it.</param>
/// <param name="Level">Expected fraud risk: the level column when given, else high for fraud and none otherwise.</param>
/// <param name="Scenario">Expected scam scenario id, or null when the case does not check it.</param>
/// <param name="Style">How the message reached the resident (chat-ocr, sms, weibo …), or null when the set does not say.</param>
public sealed record FlagCase(string Id, string Expect, string Text, FraudRisk Level, string? Scenario, string? Style = null)
{
    /// <summary>Label for rumors.</summary>
    public const string Rumor = "rumor";

    /// <summary>Label for scams.</summary>
    public const string Fraud = "fraud";

    /// <summary>Label for everything else.</summary>
    public const string None = "none";
}
