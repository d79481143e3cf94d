using static KepuBot.Safety.Fraud.FraudCueGroups;

namespace KepuBot.Safety.Fraud;

/// <summary>
/// Grades the fraud risk of a message from the editable cue families in <c>fraud-cues.txt</c>. High: something is
/// asked for now or already on its way (demand, progress) and a third party, an impersonated institution, a lure,
/// a relative in trouble or a link tells it is a scam, with the summed weights over the high threshold. Medium: a
/// lure, cure claim or unknown link with nothing asked for yet. General questions, ordinary notices, hypotheticals
/// and averted attempts weigh against both.
/// </summary>
public sealed class FraudDetector(SafetyLexicon lexicon)
{
    private const double HighThreshold = 3.5;
    private const double MediumThreshold = 1.8;

    // Several ways of saying "someone contacted me" describe one contact, not several.
    private const double ContactCap = 1.6;

    /// <summary>Assesses a message.</summary>
    public FraudAssessment Assess(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = SafetyText.Prepare(message);
        var tally = new CueTally(lexicon.Fraud.Fire(text));
        var contact = Math.Min(tally[Actor], ContactCap);
        var toldAbout = contact + tally[Authority] + tally[Lure] + tally[Relation] + tally[Link];
        var asked = tally[Demand] + tally[Progress];
        var score = asked + toldAbout + tally[Threat] + tally[Pressure] + tally[Negative];

        var risk = asked > 0 && toldAbout > 0 && score >= HighThreshold ? FraudRisk.High
            : (asked > 0 || tally.Any(Lure) || tally.Any(Link) || tally.Any(Relation)) && score >= MediumThreshold ? FraudRisk.Medium
            : FraudRisk.None;
        var scenario = risk != FraudRisk.None || tally.Any(Negative) ? lexicon.Scenarios.Pick(text) : null;
        return new FraudAssessment(risk, scenario, tally.Cues, Math.Round(score, 2));
    }
}
