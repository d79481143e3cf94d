using System.Text.RegularExpressions;
using KepuKnowledge.Analysis;

namespace KepuBot.Rumors;

/// <summary>
/// The comparable core of a claim, for grouping reports: Simplified and half-width, with the hearsay source
/// (听说, 群里都在传), verification tails (是真的吗), calls to pass it on (赶紧告诉家人), time words, particles and
/// modal verbs removed, and interchangeable words (退休金/养老金) folded to one form.
/// </summary>
public static partial class ClaimText
{
    private static readonly Lazy<IReadOnlyList<(string From, string To)>> Synonyms = new(LoadSynonyms);

    /// <summary>The canonical form of a claim (letters and digits only); never empty for a non-empty claim.</summary>
    public static string Canonical(string claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = ChineseNormalizer.Normalize(claim).ToLowerInvariant();
        var clauses = ClauseBreak().Split(text).Where(c => c.Length > 0).ToList();
        // A rumor often ends with advice to act on it (赶紧存水, 千万别喝); the claim is the assertion before it.
        var asserted = clauses.Where(c => !CallToAct().IsMatch(c)).Select(Core).Where(c => c.Length > 0).ToList();
        var core = string.Concat(asserted.Count > 0 ? asserted : clauses.Select(Core));
        foreach (var (from, to) in Synonyms.Value)
        {
            core = core.Replace(from, to, StringComparison.Ordinal);
        }

        return core.Length > 0 ? core : NotLetterOrDigit().Replace(text, string.Empty);
    }

    private static string Core(string clause)
    {
        var core = Hearsay().Replace(clause, string.Empty);
        core = VerifyTail().Replace(core, string.Empty);
        core = TimeWords().Replace(core, string.Empty);
        core = Intensifiers().Replace(core, string.Empty);
        core = Evaluation().Replace(core, string.Empty);
        core = FunctionWords().Replace(core, string.Empty);
        return NotLetterOrDigit().Replace(core, string.Empty);
    }

    private static List<(string From, string To)> LoadSynonyms()
    {
        var pairs = new List<(string From, string To)>();
        foreach (var line in EmbeddedTable.Lines("claim-synonyms.txt"))
        {
            var members = line.Split(',', '，').Select(m => ChineseNormalizer.Normalize(m.Trim()).ToLowerInvariant()).Where(m => m.Length > 0).ToList();
            pairs.AddRange(members.Skip(1).Select(m => (m, members[0])));
        }

        // Longer forms first, so 得癌症 folds whole before 得癌 could take part of it.
        return pairs.OrderByDescending(p => p.From.Length).ToList();
    }

    [GeneratedRegex(@"[,，。.!！?？;；、:：\s""“”'‘’()（）]+")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^(赶紧|赶快|快点?|千万|一定要|大家|请|不要|别|记得|转发|扩散|告诉|转给|互相转告)")]
    private static partial Regex CallToAct();

    [GeneratedRegex(@"听说|据说|听人说|网传|网上|朋友圈|微信群|家族群|业主群|群里|抖音上|都在传|在传|有人说|别人说|(邻居|同事|朋友|亲戚|老人|大家)(都)?说(的)?|(视频|文章|新闻|公众号)(里)?说|传言|传闻|说")]
    private static partial Regex Hearsay();

    [GeneratedRegex(@"是真的吗|真的假的|是真是假|靠谱吗|可信吗|是不是真的|有科学依据吗|有没有科学依据|有根据吗|是谣言吗|能信吗|对吗|吗|呢|吧|啊|呀")]
    private static partial Regex VerifyTail();

    [GeneratedRegex(@"今天|明天|后天|今年|明年|下个月|下周|这几天|最近|近期|马上|立刻|每天|天天|当天|早上|晚上|以后|开始|从此|多")]
    private static partial Regex TimeWords();

    [GeneratedRegex(@"特别|非常|十分|很|一定|千万|大家|我们|咱们|本|这个|那个|一下|真")]
    private static partial Regex Intensifiers();

    [GeneratedRegex(@"效果好|效果不错|管用")]
    private static partial Regex Evaluation();

    [GeneratedRegex(@"可以|能够|能|会|就|要|了|的|地|都|又|还|也|再|用|把|被|给|跟|和|与")]
    private static partial Regex FunctionWords();

    [GeneratedRegex(@"[^\p{L}\p{N}]")]
    private static partial Regex NotLetterOrDigit();
}
