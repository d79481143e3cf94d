using static KepuBot.Safety.Rumors.RumorCueGroups;

namespace KepuBot.Safety.Rumors;

/// <summary>
/// Recognises rumor-like messages from the editable cue families in <c>rumor-cues.txt</c>: a claim (a health,
/// food, disaster, technology, policy or crime scare, or a miracle) that is passed on (hearsay, forwarded posts,
/// "X是真的吗") or asserted the way rumors are (sensational, absolute, a causal scare). A plain request for
/// information, an official notice or good-news policy is not a rumor.
/// </summary>
public sealed class RumorDetector(SafetyLexicon lexicon)
{
    private const double Threshold = 2.2;

    // Several scare words describe one claim; beyond this more of them add nothing to the verdict.
    private const double ContentCap = 2.5;

    // Likelihood is a logistic curve over style and content: a bare "X是真的吗" sits near 0.3, a sensational
    // forwarded scare above 0.8, a request for information near 0.1. Asking whether something is true says
    // nothing about whether it is false, so questions do not raise it.
    private const double LikelihoodMidpoint = 1.5;

    // A hearsay question is settled as "not a rumor" only by a strong negative cue: a request for practical
    // information ("在哪里申请", "涨多少") or an official notice. Good news alone ("又要上调了") is weaker and
    // is still a claim staff should check.
    private const double HearsayVeto = -1.5;

    /// <summary>Assesses a message.</summary>
    public RumorAssessment Assess(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var tally = new CueTally(lexicon.Rumor.Fire(SafetyText.Prepare(message)));
        var content = Math.Min(tally[Content], ContentCap);
        var carried = tally[Relay] + tally[Question] + tally[Style] + tally[Claim];
        var score = carried + content + tally[Negative];
        // Hearsay put as a question ("听说…是真的吗") is a claim to check whatever its subject: benefit and policy
        // rumors carry no scare words.
        var isRumorLike = (content > 0 && carried > 0 && score >= Threshold) || (tally[Relay] > 0 && tally[Question] > 0 && tally[Negative] > HearsayVeto);

        var evidence = tally[Style] + (0.6 * content) + (0.4 * tally[Claim]) + (0.3 * tally[Relay]) + (0.5 * tally[Negative]);
        var likelihood = 1 / (1 + Math.Exp(-(evidence - LikelihoodMidpoint)));
        var claim = ClaimExtractor.Extract(SafetyText.Fold(message).Trim(), sentence => lexicon.Rumor.Fire(SafetyText.Prepare(sentence)).Any(c => c.Group == Content));
        return new RumorAssessment(isRumorLike, Math.Round(likelihood, 2), claim, tally.Cues, Math.Round(score, 2));
    }
}
