using System.Globalization;
using KepuBot.Safety.Fraud;
using KepuBot.Safety.Learned;
using KepuBot.Safety.Pasted;
using KepuBot.Safety.Rumors;

namespace KepuBot.Safety;

/// <summary>
/// Reads a message for rumors and scams: the cue lists first (exact and explainable), then the classifier for
/// what they miss. The classifier alone raises a message at most to a rumor or to a medium fraud risk, which asks
/// the resident to check before acting; it raises a medium risk to high (the urgent stop-now warning) only when the
/// cues also saw something being asked for or paid.
/// Its probability appears among the cues as <c>model=0.87</c>, so the flags stay explainable.
/// A message that reads both as a rumor and as a weak fraud risk is settled as a rumor: a forwarded claim
/// ("群里有人说…会被偷走指纹") often names a payment or a stranger without anything being asked of the writer. A fraud
/// risk with a demand or money under way, or a seller pitching to the writer, stands, unless the claim is told as
/// strongly as a forwarded scare and nothing is demanded, no link given and no scam's aftermath told.
/// </summary>
public sealed class SafetyReader(RumorDetector rumors, FraudDetector frauds, MessageClassifier classifier, SafetyLexicon lexicon)
{
    // Above this the model's own view is taken: the most probable of three classes (measured on unseen sets in eval).
    private const double Raise = 0.5;

    // A scam the model is sure of, with a demand or a payment the cues saw, is in progress.
    private const double Confident = 0.8;

    // A claim told this strongly (a forwarded scare with its relay, tone and subject all firing) is a rumor even when
    // its words name a payment or a step under way ("小区楼顶正在装 已经装了一半", "我妈已经买了两百斤米"): nobody
    // asks the reader for anything.
    private const double StrongRumor = 5.0;

    // Contact cues this weak or weaker (third-party, asks-me) only say someone spoke.
    private const double WeakContact = 0.6;

    // Negative cues at least this strong say what kind of ordinary message it is (a notice, a general question, a
    // legitimate counterpart, a debunk); an unsubscribe line (-1.8) is not: scam SMS copy it.
    private const double OrdinaryNotice = -2.0;

    // A question asking what to know ("中毒一般有啥表现", "出事后该站哪") names the news it heard; the rumor list's
    // information request (-1.5) is enough to keep the model from calling it a rumor.
    private const double RumorOrdinary = -1.5;

    // Families that put the writer in front of someone: a pitch ("推销说能治好我的风湿") or a request.
    private static readonly HashSet<string> Approaches = new(StringComparer.Ordinal) { "seller", "asks-me" };

    /// <summary>The settled reading of <paramref name="message"/>.</summary>
    public SafetyVerdict Read(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var pasted = PastedText.Prepare(message, lexicon.Sites);
        message = pasted.Text;
        var model = classifier.Predict(message);
        var rumor = rumors.Assess(message);
        var fraud = frauds.Assess(message, pasted.Cues);

        if (fraud.Risk == FraudRisk.None && model.Fraud >= Raise && HasSign(fraud.Cues) && !IsOrdinary(fraud.Cues))
        {
            fraud = fraud with
            {
                Risk = FraudRisk.Medium,
                Scenario = lexicon.Scenarios.Pick(SafetyText.Prepare(message)),
                Cues = [.. fraud.Cues, ModelCue(model.Fraud)],
            };
        }
        else if (fraud.Risk == FraudRisk.Medium && model.Fraud >= Confident && fraud.AsksOrPays && !IsOrdinary(fraud.Cues))
        {
            fraud = fraud with { Risk = FraudRisk.High, Cues = [.. fraud.Cues, ModelCue(model.Fraud)] };
        }
        else if (!rumor.IsRumorLike && model.Rumor >= Raise && HasClaim(rumor.Cues) && !IsOrdinary(rumor.Cues, RumorOrdinary))
        {
            rumor = rumor with { IsRumorLike = true, Cues = [.. rumor.Cues, ModelCue(model.Rumor)] };
        }

        return new SafetyVerdict(rumor, Settle(rumor, fraud), model);
    }

    private static FraudAssessment Settle(RumorAssessment rumor, FraudAssessment fraud)
    {
        // A tell-tale sign ("电话说我医保卡被冻结了", "钱提不出来") makes it a scam to check, even put as "真的假的".
        var nothingAsked = !fraud.AsksOrPays && !fraud.Cues.Any(c => Approaches.Contains(c.Name) || (c.Group == FraudCueGroups.Sign && c.Weight > 0));
        var weakRisk = fraud.Risk == FraudRisk.Medium && nothingAsked;
        var toldScare = rumor.Score >= StrongRumor && fraud.Risk != FraudRisk.None && !fraud.Cues.Any(c => c.Weight > 0 && c.Group is FraudCueGroups.Demand or FraudCueGroups.Sign or FraudCueGroups.Link);
        return rumor.IsRumorLike && (weakRisk || toldScare)
            ? fraud with { Risk = FraudRisk.None, Scenario = null }
            : fraud;
    }

    // The model weighs evidence the cues found; it never raises a message in which no cue saw anything at all
    // ("帮我写一段代码" shares words with "帮我转五千" but nothing in it is a scam or a claim). An SMS's signature only
    // names its sender, and the weakest signs of someone speaking (有个, 让我) are in every family chat: a hotline's
    // work-order notice, "爸 流量咋开 … 有个移动数据" and "药店让我出示码" carry them too.
    private static bool HasSign(IReadOnlyList<SafetyCue> cues) =>
        cues.Any(c => c.Weight > 0 && c.Name != PastedText.SignatureCue && (c.Group != FraudCueGroups.Actor || c.Weight > WeakContact));

    // A rumor passes a claim on: tone alone ("所有人都给我去吃!!", "所有的善意都会被温柔以待") is how people post, so the
    // model raises a rumor only when the cues saw a claim's subject or someone passing it on.
    private static bool HasClaim(IReadOnlyList<SafetyCue> cues) => cues.Any(c => c.Weight > 0 && c.Group is RumorCueGroups.Content or RumorCueGroups.Relay);

    // A message the cue lists read as ordinary (a verification-code SMS that says 请勿泄露, a bank notice, a question
    // about scams, "是我自己刷的", a 辟谣 post) is not raised by the model alone: it shares a scam's or a rumor's words by
    // its nature. Both cue lists call that group "negative".
    private static bool IsOrdinary(IReadOnlyList<SafetyCue> cues, double threshold = OrdinaryNotice) => cues.Any(c => c.Group == FraudCueGroups.Negative && c.Weight <= threshold);

    private static SafetyCue ModelCue(double probability) =>
        new("model", "model", probability.ToString("0.00", CultureInfo.InvariantCulture), 0);
}
