using static KepuBot.Safety.Fraud.FraudCueGroups;

namespace KepuBot.Safety.Fraud;

/// <summary>
/// Grades the fraud risk of a message from the editable cue families in <c>fraud-cues.txt</c>. High: something is
/// asked for now or already on its way (demand, progress) and a third party, an impersonated institution, a lure,
/// a relative in trouble, a link or a tell-tale aftermath shows it is a scam, with the summed weights over the high
/// threshold. Medium: a lure, cure claim or unknown link put to the user, or a demand from a stranger, below that.
/// General questions, ordinary notices, hypotheticals and legitimate counterparts weigh against both; an averted
/// attempt ("还没点") is never high, and weighs against medium too: the sender is telling of a scam they saw through.
/// </summary>
public sealed class FraudDetector(SafetyLexicon lexicon)
{
    private const double HighThreshold = 3.5;
    private const double MediumThreshold = 1.6;

    // Several ways of saying "someone contacted me" describe one contact, not several.
    private const double ContactCap = 1.6;

    /// <summary>Assesses a message.</summary>
    public FraudAssessment Assess(string message) => Assess(message, []);

    /// <summary>
    /// Assesses a message with the cues its preparation found (an unsubscribe line, a sender signature; see
    /// <see cref="Pasted.PastedText"/>), which count like the cue lists' own.
    /// </summary>
    public FraudAssessment Assess(string message, IReadOnlyList<SafetyCue> marks)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(marks);
        var text = SafetyText.Prepare(message);
        var tally = new CueTally([.. lexicon.Fraud.Fire(text), .. marks]);
        var contact = Math.Min(tally[Actor], ContactCap);
        var suspicious = tally[Authority] + tally[Lure] + tally[Relation] + tally[Link] + tally[Sign];
        var asked = tally[Demand] + tally[Progress];
        var score = asked + contact + suspicious + tally[Threat] + tally[Pressure] + tally[Negative] + tally[Averted];

        // A demand or a lure matters when it comes from someone: "刷脸认证怎么做" or a rumor about links is no risk.
        var isHigh = asked > 0 && contact + suspicious > 0 && score >= HighThreshold && !tally.Any(Averted);
        var isMedium = contact > 0 && (suspicious > 0 || asked > 0) && score >= MediumThreshold;
        var risk = isHigh ? FraudRisk.High : isMedium ? FraudRisk.Medium : FraudRisk.None;
        var scenario = risk != FraudRisk.None || tally.Any(Negative) ? lexicon.Scenarios.Pick(text) : null;
        return new FraudAssessment(risk, scenario, tally.Cues, Math.Round(score, 2));
    }
}
