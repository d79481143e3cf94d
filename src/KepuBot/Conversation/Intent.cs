using System.Text.Json.Serialization;

namespace KepuBot.Conversation;

/// <summary>
/// What a message is asking for; the router picks one per turn. The names in the answer's JSON and in stored turns
/// are the lower-case ones given here (<see cref="IntentNames"/>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Intent>))]
public enum Intent
{
    /// <summary>A question about a policy document.</summary>
    [JsonStringEnumMemberName("policy")]
    Policy,

    /// <summary>A staff question about a unit's duties.</summary>
    [JsonStringEnumMemberName("duty")]
    Duty,

    /// <summary>A practical 科普 question (health, safety, digital life).</summary>
    [JsonStringEnumMemberName("kepu")]
    Kepu,

    /// <summary>A rumor-like claim to check.</summary>
    [JsonStringEnumMemberName("rumor")]
    Rumor,

    /// <summary>Fraud risk or anti-fraud help.</summary>
    [JsonStringEnumMemberName("antifraud")]
    AntiFraud,

    /// <summary>Greeting or small talk.</summary>
    [JsonStringEnumMemberName("greeting")]
    Greeting,

    /// <summary>Something dangerous is happening now.</summary>
    [JsonStringEnumMemberName("emergency")]
    Emergency,

    /// <summary>A request to talk to a person.</summary>
    [JsonStringEnumMemberName("handoff")]
    Handoff,

    /// <summary>A request the service refuses (harming or deceiving others, breaking the law).</summary>
    [JsonStringEnumMemberName("refused")]
    Refused,

    /// <summary>Outside what the service answers.</summary>
    [JsonStringEnumMemberName("out_of_scope")]
    OutOfScope,
}
