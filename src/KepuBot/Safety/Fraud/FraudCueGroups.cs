namespace KepuBot.Safety.Fraud;

/// <summary>The groups a fraud cue family can belong to (the second word of its header in fraud-cues.txt).</summary>
public static class FraudCueGroups
{
    /// <summary>Something is being asked for now: a transfer, a code, a password, screen sharing, an install, a fee.</summary>
    public const string Demand = "demand";

    /// <summary>The money or code is already on its way, or the victim is about to act.</summary>
    public const string Progress = "progress";

    /// <summary>A third party is making contact (a call, a message, someone claiming to be …).</summary>
    public const string Actor = "actor";

    /// <summary>An impersonated institution.</summary>
    public const string Authority = "authority";

    /// <summary>An accusation or a consequence (frozen, arrested, suspended).</summary>
    public const string Threat = "threat";

    /// <summary>Secrecy and urgency.</summary>
    public const string Pressure = "pressure";

    /// <summary>A too-good offer, a prize, a refund, a cure claim.</summary>
    public const string Lure = "lure";

    /// <summary>A relative or acquaintance in trouble, a new number.</summary>
    public const string Relation = "relation";

    /// <summary>An unknown link.</summary>
    public const string Link = "link";

    /// <summary>Tell-tale aftermath: withdrawals blocked, contact lost, "I was cheated".</summary>
    public const string Sign = "sign";

    /// <summary>Nothing was handed over ("还没点", "挂了电话"): never high, whatever else fired.</summary>
    public const string Averted = "averted";

    /// <summary>General questions, ordinary notices, hypotheticals, legitimate counterparts.</summary>
    public const string Negative = "negative";

    /// <summary>Every group.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Demand, Progress, Actor, Authority, Threat, Pressure, Lure, Relation, Link, Sign, Averted, Negative,
    };
}
