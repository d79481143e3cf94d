using System.Text.RegularExpressions;
using KepuKnowledge.Analysis;

namespace KepuBot.Safety.Rumors;

/// <summary>
/// Recognises rumor-like messages: claims passed on as hearsay or news (听说, 网传, 朋友圈都在转, 速转 …),
/// "X是真的吗" questions about a claim, and scare content. A plain request for information is not a rumor.
/// </summary>
public sealed partial class RumorDetector
{
    private const double Threshold = 1.5;

    private static readonly CueRule[] Rules =
    [
        CueRule.Of("hearsay", @"听说|据说|听人说|有人说|别人说|网传|网上(说|传|都在)|都在传|(好多|很多|不少)人(都)?在(传|说)|传言|传闻|据传|听邻居|邻居说|老人说|大家都说|(我|听)(妈|爸|姨|舅|婶|姑|奶奶|爷爷|邻居|同事|朋友|亲戚|老伴)(说|讲)|(视频|文章|新闻|公众号)(里)?说", 1.5),
        CueRule.Of("forwarded", @"朋友圈|微信群|群里|家族群|业主群|抖音上|视频里说|文章说|转发|都在转|速转|快转|转给|扩散|告诉家人|紧急通知|重要通知|最新消息", 1.3),
        CueRule.Of("sensational", @"震惊|惊呆|重磅|紧急|千万(别|不要|要)|一定要看|赶紧|速看|必看|太可怕|吓人|马上删除|不转不是", 1.0),
        CueRule.Of("verify-question", @"(是)?真的吗|是真是假|真的假的|真假|靠谱吗|可信吗|是不是真的|有没有道理|有科学依据吗|有根据吗|对吗\??$|是谣言吗|能信吗", 1.2),
        CueRule.Of("scare-content", @"致癌|得癌|癌症|白血病|会得.{0,3}病|中毒|有毒|剧毒|辐射|致命|会死|必死|死亡|绝症|不孕|避孕药|激素|塑料|转基因|虫子|黑心|地沟油|地震|海啸|极寒|爆炸|自燃|火灾|溃坝|被淹|传染|病毒|细菌|寄生虫|自闭症", 0.6),
        CueRule.Of("miracle-claim", @"能治|包治|治好|根治|管用|软化血管|排毒|防癌|抗癌|延年益寿|降血压|降血糖|预防.{0,4}(病|癌)", 0.6),
        CueRule.Of("prediction", @"(明天|后天|今晚|今年|下周|\d+月\d+日|近期).{0,12}(地震|大地震|海啸|停水|停电|极寒|暴雪|暴雨|溃坝|洪水|决堤|被淹)|百年一遇|千年一遇|千年极寒", 1.0),
    ];

    // Asking what to do, or what something is, is a request for information, not a claim.
    private static readonly CueRule[] InformationRequest =
    [
        CueRule.Of("how-to", @"^(请问)?(怎么|怎样|如何|应该怎么|该怎么|要怎么)|(怎么|怎样|如何)(避险|自救|逃生|处理|预防|防范|办|做)|(要|该)注意什么|是什么$|有哪些|在哪里", -1.2),
    ];

    /// <summary>Assesses a message.</summary>
    public RumorAssessment Assess(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = ChineseNormalizer.Normalize(message).Trim();
        var cues = CueRule.Fire(Rules, text).Concat(CueRule.Fire(InformationRequest, text)).ToList();
        var score = cues.Sum(c => c.Weight);
        var hasClaimMarker = cues.Any(c => c.Name is "hearsay" or "forwarded" or "verify-question" or "sensational" or "prediction");
        var likelihood = Math.Clamp((cues.Where(c => c.Name is "sensational" or "scare-content" or "miracle-claim" or "prediction" or "forwarded").Sum(c => c.Weight) + 0.3) / 2.5, 0, 1);
        return new RumorAssessment(hasClaimMarker && score >= Threshold, Math.Round(likelihood, 2), ExtractClaim(text), cues);
    }

    /// <summary>The claim without hearsay openers, forwarding calls and question tails.</summary>
    public static string ExtractClaim(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var claim = Opener().Replace(text, string.Empty);
        claim = Tail().Replace(claim, string.Empty);
        claim = claim.Trim(' ', '，', ',', '。', '！', '!', '？', '?', '：', ':');
        return claim.Length == 0 ? text : claim;
    }

    [GeneratedRegex(@"^(我)?(听说|据说|听人说|有人说|别人说|网传|网上说|网上传|朋友圈(都在转|里说|在传)?|群里(有人)?说|微信群里说|邻居说|震惊|重磅|紧急通知)[，,：:！!]?")]
    private static partial Regex Opener();

    [GeneratedRegex(@"[，,。]?\s*(这|这个|这事|这种说法)?(是真的吗|是真是假|真的假的|靠谱吗|可信吗|是不是真的|是谣言吗|能信吗|对吗)[？?！!。]*$")]
    private static partial Regex Tail();
}
