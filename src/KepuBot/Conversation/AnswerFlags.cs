using System.Text.Json.Serialization;
using KepuBot.Safety;
using KepuBot.Safety.Fraud;
using KepuBot.Safety.Rumors;

namespace KepuBot.Conversation;

/// <summary>
/// Safety flags on an answer, with the explanation behind them: the fraud risk level and scenario, the rumor
/// likelihood and the claim as extracted, and the cues that fired (personal data masked).
/// </summary>
/// <param name="Rumor">The message passes on a rumor-like claim.</param>
/// <param name="Fraud">The message describes a scam being attempted or under way (medium or high risk; <see cref="FraudRisk"/>
/// says which). Only high risk gets the urgent warning.</param>
public sealed record AnswerFlags(bool Rumor = false, bool Fraud = false)
{
    /// <summary>Fraud risk: high, medium or none (lower case in JSON, as before it was an enum here).</summary>
    [JsonConverter(typeof(FraudRiskJsonConverter))]
    public FraudRisk FraudRisk { get; init; } = FraudRisk.None;

    /// <summary>The scam scenario recognised (an anti-fraud article's scenario id), when there is a risk.</summary>
    public string? Scenario { get; init; }

    /// <summary>For rumor-like messages, how likely the claim is false or misleading (0–1).</summary>
    public double? RumorLikelihood { get; init; }

    /// <summary>For rumor-like messages, the claim as extracted.</summary>
    public string? Claim { get; init; }

    /// <summary>Whether the urgent stop-now warning applies (a scam in progress).</summary>
    [JsonIgnore]
    public bool IsHighFraudRisk => FraudRisk == FraudRisk.High;

    /// <summary>The cues behind the flags, as "family=matched text".</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];

    /// <summary>Flags describing a message from the router's assessments and what the answering path flagged.</summary>
    public static AnswerFlags Describe(RumorAssessment rumor, FraudAssessment fraud, AnswerFlags answered)
    {
        ArgumentNullException.ThrowIfNull(rumor);
        ArgumentNullException.ThrowIfNull(fraud);
        ArgumentNullException.ThrowIfNull(answered);
        var isRumor = answered.Rumor || rumor.IsRumorCase(fraud);
        var atRisk = fraud.Risk != FraudRisk.None;
        IEnumerable<SafetyCue> cues = [.. isRumor ? rumor.Cues : [], .. atRisk ? fraud.Cues : []];
        return new AnswerFlags(isRumor, answered.Fraud || atRisk)
        {
            FraudRisk = fraud.Risk,
            Scenario = atRisk ? fraud.Scenario : null,
            RumorLikelihood = isRumor ? rumor.Likelihood : null,
            Claim = isRumor ? PersonalDataMasker.Mask(rumor.Claim) : null,
            Cues = cues.Select(c => PersonalDataMasker.Mask(c.ToString())).Distinct(StringComparer.Ordinal).ToList(),
        };
    }
}
