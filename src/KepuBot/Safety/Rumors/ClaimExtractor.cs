using System.Text.RegularExpressions;

namespace KepuBot.Safety.Rumors;

/// <summary>
/// Pulls the claim out of a rumor-like message so staff (and the debunk search) see what is asserted, not how it
/// was passed on: a quoted forwarded post is taken from inside its quotes; hearsay openers (听说, 群里有人说, 我妈转的：),
/// alarm headers (【紧急扩散】, 震惊！), forwarding calls (快转给家人) and question tails (是真的吗, 我家要不要换锅, 要不要出去躲躲, 我有点怕) go; a
/// long post keeps the sentences that carry the scare.
/// </summary>
public static partial class ClaimExtractor
{
    private const int MinQuotedLength = 8;
    private const int LongPost = 80;
    private const int SentencesKept = 2;

    /// <summary>The claim in <paramref name="text"/> (normalized); <paramref name="carriesClaim"/> tells claim sentences in a long post.</summary>
    public static string Extract(string text, Func<string, bool> carriesClaim)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(carriesClaim);
        var claim = Quoted(text) ?? AfterColonOpener(text) ?? text;
        claim = Header().Replace(claim, string.Empty);
        for (var i = 0; i < 2; i++)
        {
            claim = Opener().Replace(claim, string.Empty, 1);
        }

        claim = QuestionTail().Replace(claim, string.Empty);
        claim = ForwardingCall().Replace(claim, string.Empty);
        claim = PersonalTail().Replace(claim, string.Empty);
        claim = AskingTail().Replace(claim, string.Empty);
        if (claim.Length > LongPost)
        {
            var sentences = SentenceEnd().Split(claim).Where(s => s.Trim().Length > 0 && carriesClaim(s)).Take(SentencesKept).ToList();
            claim = sentences.Count > 0 ? string.Join("。", sentences.Select(s => s.Trim())) : claim;
        }

        claim = claim.Trim(' ', '，', ',', '。', '！', '!', '？', '?', '：', ':', '；', ';', '、', '"', '“', '”');
        return claim.Length == 0 ? text.Trim() : claim;
    }

    private static string? Quoted(string text)
    {
        var longest = QuotedPassage().Matches(text).Select(m => m.Groups[1].Value).OrderByDescending(q => q.Length).FirstOrDefault();
        return longest is { Length: >= MinQuotedLength } ? longest : null;
    }

    private static string? AfterColonOpener(string text)
    {
        var match = ColonOpener().Match(text);
        return match.Success && text.Length - match.Length >= MinQuotedLength ? text[match.Length..] : null;
    }

    [GeneratedRegex(@"[“""「『]([^”""」』]+)[”""」』]")]
    private static partial Regex QuotedPassage();

    // "我妈转给我的：", "群里转来的：", "家族群里我舅发的：", "某三甲医院内部消息：" — a short lead-in ending in a colon.
    [GeneratedRegex(@"^[^。!?！？:：]{0,20}?(转|发|看到|写|说|讲|传|消息|通知|提醒|文章|内容)[^。!?！？:：]{0,6}[:：]")]
    private static partial Regex ColonOpener();

    [GeneratedRegex(@"^\s*(【[^】]{0,20}】|\[[^\]]{0,20}\]|(震惊|重磅|速转|快转|紧急扩散|紧急通知|紧急提醒|重要通知|重要提醒|转发|转|注意|速看|太可怕了)[!！:：,，]+)+")]
    private static partial Regex Header();

    // The shortest lead-in ending in a hearsay verb: "听说", "群里有人说", "我看抖音上说", "朋友圈都在转，".
    [GeneratedRegex(@"^[^，,。!?！？:：]{0,14}?(听说|据说|据传|网传|传言|都说|都讲|都在传|都在说|都在转|在传|(说(?!话)|讲(?!话)|转|写着)(的|了|是)?)[，,:：]?")]
    private static partial Regex Opener();

    [GeneratedRegex(@"[，,。!！?？\s]*(这|这个|这事|这种说法|这话|这个说法)?(是不是真的|是真的吗|是真是假|真的假的|真的吗|靠谱吗|靠谱不|可信吗|是谣言吗|能信吗|对吗|对不对|是这样吗|有道理吗|有没有道理|真有这回事吗|是真的不|真的不|有科学依据吗)[\s\S]*$")]
    private static partial Regex QuestionTail();

    [GeneratedRegex(@"[，,。!！\s]*(请|快|赶紧|赶快|速|务必|大家)?(转发|转给|转告|告诉家人|扩散|互相转告|看到的请|看到这条|不转不是|多转一个)[^。]*[。!！]*$")]
    private static partial Regex ForwardingCall();

    [GeneratedRegex(@"[\s，,。]\s*(我|我家|我们|我们家|家里|我妈|我爸|孙子|女儿|儿子|俺|俺家|俺们|俺孙子|咱家|娃|孩子|老伴)[^，,。]*(要不要|该不该|怎么办|咋办|咋整|吗|呢|天天|一直|都)[^，,。]*[？?。]*$")]
    private static partial Regex PersonalTail();

    // What the writer asks or feels about the claim, after it: "下个月某地要大地震 要不要出去躲躲", "…自闭 我有点怕".
    [GeneratedRegex(@"[\s，,。]+(我|我们|咱)?(要不要|该不该|用不用|需不需要|需要|咋办|怎么办|该怎么|有点(怕|慌|担心)|好怕|好担心|挺怕|很担心|担心)[^。]*$")]
    private static partial Regex AskingTail();

    [GeneratedRegex(@"[。！!？?；;]+")]
    private static partial Regex SentenceEnd();
}
