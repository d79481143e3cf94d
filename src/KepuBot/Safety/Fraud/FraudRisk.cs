namespace KepuBot.Safety.Fraud;

/// <summary>How urgent the fraud risk in a message is.</summary>
public enum FraudRisk
{
    /// <summary>No sign of a scam.</summary>
    None,

    /// <summary>A too-good offer, a cure claim or an unknown link: check before acting.</summary>
    Medium,

    /// <summary>Money, codes, passwords, screen sharing or an install is being asked for now, or a payment is under way.</summary>
    High,
}
