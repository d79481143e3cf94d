namespace KepuBot.Agent;

/// <summary>What a message is asking for; the router picks one per turn.</summary>
public static class Intents
{
    /// <summary>A question about a policy document.</summary>
    public const string Policy = "policy";

    /// <summary>A staff question about a unit's duties.</summary>
    public const string Duty = "duty";

    /// <summary>A practical 科普 question (health, safety, digital life).</summary>
    public const string Kepu = "kepu";

    /// <summary>A rumor-like claim to check.</summary>
    public const string Rumor = "rumor";

    /// <summary>Fraud risk or anti-fraud help.</summary>
    public const string AntiFraud = "antifraud";

    /// <summary>Greeting or small talk.</summary>
    public const string Greeting = "greeting";

    /// <summary>Something dangerous is happening now.</summary>
    public const string Emergency = "emergency";

    /// <summary>A request to talk to a person.</summary>
    public const string Handoff = "handoff";

    /// <summary>A request the service refuses (harming or deceiving others, breaking the law).</summary>
    public const string Refused = "refused";

    /// <summary>Outside what the service answers.</summary>
    public const string OutOfScope = "out_of_scope";
}
