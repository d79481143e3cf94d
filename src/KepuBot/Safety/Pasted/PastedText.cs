using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using KepuBot.Safety.Fraud;

namespace KepuBot.Safety.Pasted;

/// <summary>
/// Prepares text residents paste (SMS, OCR'd chat screenshots, Weibo posts, forwards) for the detectors. The marks a
/// channel adds say nothing about whether a claim is false or a request a scam, yet they fired cues written for
/// what people say: a Weibo <c>【#标题#】</c> read as an SMS sender, <c>网页链接</c> as a scam link, <c>[吃惊]</c> and
/// <c>#话题#</c> filled the classifier with n-grams, and an OCR'd "16:02" split a sentence. They are taken out, and
/// what they do tell is kept as cues: an unsubscribe line is what a lawful promotion must carry, a sender signature
/// says an SMS came from someone, a URL stays a link.
/// </summary>
public static partial class PastedText
{
    // An unsubscribe line is evidence of a registered promotion, not a verdict: scam SMS copy it too ("【天猫】诚招刷单
    // … 回T退订"), so it weighs like a legitimate counterpart, less than an ordinary notice.
    private const double Promotion = -1.8;

    // Every link going to the company's own site reads as its own message (a promotion, a bill): as strong as an
    // ordinary notice, so it also keeps the classifier from raising the message alone.
    private const double OfficialLink = -2.5;

    // A signed SMS came from a sender, as "收到短信说" does in a resident's words (the message family's weight).
    private const double Sender = 0.8;

    private const string Info = "pasted";

    /// <summary>The name of the cue a sender's signature (【京东】) becomes.</summary>
    public const string SignatureCue = "sms-signature";

    // Common OCR misreadings in chat screenshots; only ones with no other meaning in a message.
    private static readonly (string Wrong, string Right)[] Misreadings =
    [
        ("聊夭", "聊天"), ("己经", "已经"), ("己读", "已读"), ("己收", "已收"), ("己给", "已给"), ("己转", "已转"),
        ("己付", "已付"), ("己发", "已发"), ("徽信", "微信"), ("支忖", "支付"), ("转帐", "转账"),
        ("帐户", "账户"), ("帐号", "账号"), ("银彳亍", "银行"),
    ];

    private static readonly SearchValues<char> MisreadingMarks = SearchValues.Create("夭己徽忖帐彳");

    /// <summary>Prepares <paramref name="message"/>.</summary>
    public static PastedMessage Prepare(string message) => Prepare(message, OfficialSites.None);

    /// <summary>Prepares <paramref name="message"/>, reading links to <paramref name="sites"/> as the sender's own.</summary>
    public static PastedMessage Prepare(string message, OfficialSites sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(message);
        var cues = new List<SafetyCue>();
        var text = message;
        if (text.AsSpan().ContainsAny(MisreadingMarks))
        {
            foreach (var (wrong, right) in Misreadings)
            {
                text = text.Replace(wrong, right, StringComparison.Ordinal);
            }
        }

        // Each mark is looked for only when a character it needs is there: most messages are typed questions that
        // carry none, and the service reads every message.
        if (Has(text, "退", "拒"))
        {
            text = Take(text, Unsubscribe(), cues, m => new("promo-sms", FraudCueGroups.Negative, Squash(m.Value), Promotion));
        }

        if (Has(text, "【"))
        {
            text = Take(text, Signature(), cues, m => new(SignatureCue, FraudCueGroups.Actor, m.Groups["name"].Value, Sender));
        }

        if (Has(text, "网页链接", "微博视频", "全文"))
        {
            text = Take(text, WeiboLink(), cues, m => new("weibo-link", Info, m.Value, 0));
        }

        if (Has(text, "."))
        {
            text = TakeLinks(text, sites, cues);
        }

        if (Has(text, "[", "撤回", "正在输入", "读", "通话"))
        {
            text = Take(text, ChatUi(), cues, m => new("chat-ui", Info, m.Groups["ui"].Success ? m.Groups["ui"].Value : Squash(m.Value), 0));
        }

        if (Has(text, ":", "："))
        {
            text = Take(text, Timestamp(), cues, _ => new("chat-time", Info, "hh:mm", 0));
        }

        if (Has(text, "["))
        {
            text = Take(text, Emoji(), cues, m => new("emoji", Info, m.Value, 0));
        }

        if (Has(text, "@"))
        {
            text = Take(text, Mention(), cues, _ => new("mention", Info, "@", 0));
        }

        if (Has(text, "#"))
        {
            text = HashTitle().Replace(text, m => $"{m.Groups["title"].Value.Replace("#", " ", StringComparison.Ordinal)} ");
            text = Take(text, Hashtag(), cues, m => new("hashtag", Info, m.Groups["topic"].Value, 0), m => $" {m.Groups["topic"].Value} ");
        }

        if (ReferenceEquals(text, message))
        {
            return new PastedMessage(message, []);
        }

        // One cue per kind of mark is enough to explain; a chat log has dozens of timestamps.
        var distinct = cues.DistinctBy(c => c.Name).ToList();
        return new PastedMessage(Spaces().Replace(text, " ").Trim(), distinct);
    }

    // A link is a link ("链接" stays for the cue lists) unless every link goes to an official site: one unknown link
    // beside the company's own is how a scam borrows a brand.
    private static string TakeLinks(string text, OfficialSites sites, List<SafetyCue> cues)
    {
        var links = Url().Matches(text).Select(m => Host(m.Value)).ToList();
        if (links.Count == 0)
        {
            return text;
        }

        var official = links.TrueForAll(sites.Owns);
        if (official)
        {
            cues.Add(new("official-link", FraudCueGroups.Negative, links[0], OfficialLink));
        }

        return Take(text, Url(), cues, m => new("url", Info, Host(m.Value), 0), official ? " " : "链接");
    }

    private static bool Has(string text, params ReadOnlySpan<string> marks)
    {
        foreach (var mark in marks)
        {
            if (text.Contains(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Take(string text, Regex pattern, List<SafetyCue> cues, Func<Match, SafetyCue> cue, string replacement = " ") =>
        Take(text, pattern, cues, cue, _ => replacement);

    private static string Take(string text, Regex pattern, List<SafetyCue> cues, Func<Match, SafetyCue> cue, Func<Match, string> replacement) =>
        pattern.Replace(text, m =>
        {
            cues.Add(cue(m));
            return replacement(m);
        });

    private static string Squash(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Where(c => !char.IsWhiteSpace(c)))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Host(string url)
    {
        var host = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var slash = host.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? host : host[..slash];
    }

    // 回T退订, 退订回T, 回TD退订, 退订回N, 拒收请回复R, 回R拒收, 退订请回复T.
    [GeneratedRegex(@"(回复?\s*(T|TD|N|R|0|t|td|n|r)\s*(退订|拒收))|(退订\s*(请)?回复?\s*(T|TD|N|t|td|n))|(拒收请?回复?\s*(R|r|T|t))", RegexOptions.CultureInvariant)]
    private static partial Regex Unsubscribe();

    // 【京东】 at the start or the end of an SMS: a sender's name, not a headline (no #, no alert word).
    [GeneratedRegex(@"(^\s*【(?<name>(?![^】]*(转|扩散|紧急|重要|通知|提醒|注意|速看|必看|辟谣|谣言|重磅|抽奖|预警|快讯|曝光|突发|最新|警惕|震惊|注意|提示|公告))[^】#\s]{2,14})】)|(【(?<name>(?![^】]*(转|扩散|紧急|重要|通知|提醒|注意|辟谣|谣言|重磅))[^】#\s]{2,14})】\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    // Weibo shows a link card as "网页链接" (often "O网页链接"): a news post's source, not a link sent to the reader.
    [GeneratedRegex(@"O?网页链接|\S{0,12}的微博视频|展开全文|收起全文")]
    private static partial Regex WeiboLink();

    [GeneratedRegex(@"(https?://[^\s，。！？、“”]+)|(www\.[^\s，。！？、“”]+)|((?<![A-Za-z0-9@.-])[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)*\.(cn|com|cc|top|vip|xyz|net|club|site|info|me|io|ly|org|shop)(?![A-Za-z])(/[A-Za-z0-9\-._~/?=&%#+]*)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    // Chat screenshot UI: placeholders, recalled messages, typing and read marks, call durations, transfer cards.
    [GeneratedRegex(@"\[(?<ui>图片|语音|视频|位置|文件|动画表情|表情|链接|红包|转账|聊天记录|名片)\](\s*\d+\s*[""″”']+)?|(?<ui>撤回)了一条消息|对方正在输入(\.|…|。)*|(?<![A-Za-z])(已读|未读)(?![A-Za-z])|(?<ui>(语音|视频)通话)\s*(时长)?\s*\d{1,2}[:：]\d{2}|(?<ui>语音|视频)通话已(取消|结束)", RegexOptions.CultureInvariant)]
    private static partial Regex ChatUi();

    // A timestamp standing on its own between two speakers (a time inside a sentence, "10:23支出", stays).
    [GeneratedRegex(@"(?<=^|\s)((昨天|今天|前天|星期[一二三四五六日天]|周[一二三四五六日天]|上午|下午|晚上|凌晨|中午)\s*)?\d{1,2}[:：]\d{2}([:：]\d{2})?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    // Weibo and WeChat emoji codes: [吃惊] [doge] [允悲].
    [GeneratedRegex(@"\[[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,6}\]", RegexOptions.CultureInvariant)]
    private static partial Regex Emoji();

    [GeneratedRegex(@"@[^\s@:：,，。!！?？#\[]{1,20}", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"#(?<topic>[^#\s【】]{1,30})#", RegexOptions.CultureInvariant)]
    private static partial Regex Hashtag();

    // A Weibo headline with a hashtag inside: its words are the post's first sentence, not a sender.
    [GeneratedRegex(@"【(?<title>[^】]*#[^】]*)】", RegexOptions.CultureInvariant)]
    private static partial Regex HashTitle();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
