using System.Text;
using System.Text.RegularExpressions;

namespace KepuKnowledge.Ingestion;

/// <summary>
/// Removes the debris that government web pages leave in copied text (breadcrumbs, 扫一扫 prompts,
/// print/close links, metadata boxes) and repairs spacing artefacts, keeping every line of the document itself.
/// </summary>
public static partial class TextCleaner
{
    /// <summary>Cleans raw text copied from a web page or a converted file.</summary>
    /// <param name="raw">The raw text.</param>
    /// <returns>The cleaned text, one paragraph per line.</returns>
    public static string Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var lines = new List<string>();
        var afterBoxLabel = false;
        foreach (var rawLine in raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = NormalizeSpacing(rawLine);
            if (line.Length == 0)
            {
                continue;
            }

            // A metadata box (• [ 发文字号 ] • 巴南府办发〔2022〕41号) is a label line and a value line; both go.
            var isLabel = MetadataBoxLabel().IsMatch(line);
            var isBoxValue = afterBoxLabel && !isLabel && line.Length <= 40;
            afterBoxLabel = isLabel;
            if (isLabel || isBoxValue || IsDebris(line))
            {
                continue;
            }

            lines.Add(line);
        }

        return string.Join('\n', JoinBrokenLines(FlattenedTableRebuilder.Rebuild(lines)));
    }

    /// <summary>Whether a line is page furniture rather than document text.</summary>
    public static bool IsDebris(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var bare = line.Trim();
        return BreadcrumbPattern().IsMatch(bare)
            || DebrisPhrases.Any(phrase => bare.Contains(phrase, StringComparison.Ordinal))
            || MetadataBoxLabel().IsMatch(bare)
            || bare is "•" or "·" or "|" or "-" or "—";
    }

    private static readonly string[] DebrisPhrases =
    [
        "扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "【打印】", "【关闭】", "【字体：", "【我要纠错】",
        "打印本页", "关闭窗口", "分享到：", "相关链接：", "浏览次数：", "(此件公开发布)", "（此件公开发布）",
    ];

    private static string NormalizeSpacing(string line)
    {
        var text = line.Replace('\u00A0', ' ').Replace('\u3000', ' ').Replace("\uFEFF", string.Empty, StringComparison.Ordinal).Trim();
        text = BulletPrefix().Replace(text, string.Empty);
        // Web-to-text conversion leaves spaces between Chinese characters (素质 行动); they carry no meaning in Chinese.
        text = SpaceBetweenCjk().Replace(text, string.Empty);
        return MultipleSpaces().Replace(text, " ");
    }

    private static IEnumerable<string> JoinBrokenLines(IReadOnlyList<string> lines)
    {
        var buffer = new StringBuilder();
        foreach (var line in lines)
        {
            if (buffer.Length > 0 && ShouldJoin(buffer.ToString(), line))
            {
                buffer.Append(line);
                continue;
            }

            if (buffer.Length > 0)
            {
                yield return buffer.ToString();
                buffer.Clear();
            }

            buffer.Append(line);
        }

        if (buffer.Length > 0)
        {
            yield return buffer.ToString();
        }
    }

    // A paragraph broken by a page or layout break: a long line stopping mid-sentence (not a bare heading),
    // followed by a line that neither starts a new numbered item nor is a table or heading line.
    private static bool ShouldJoin(string previous, string next) =>
        previous.Length >= 30
        && !previous.StartsWith('|')
        && !previous.StartsWith('#')
        && !(OfficialHeading.IsNumbered(previous) && !previous.Contains('。', StringComparison.Ordinal))
        && !next.StartsWith('|')
        && !next.StartsWith('#')
        && !SentenceEnd().IsMatch(previous)
        && !OfficialHeading.IsNumbered(next)
        && IsCjk(next[0]);

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';

    [GeneratedRegex(@"^首页\s*[>＞›»]")]
    private static partial Regex BreadcrumbPattern();

    [GeneratedRegex(@"^[\[［【]\s*(索引号|发文字号|主题分类|体裁分类|发布机构|有效性|成文日期|发布日期|文号|来源)\s*[\]］】]$")]
    private static partial Regex MetadataBoxLabel();

    [GeneratedRegex(@"^[•·▪●]\s*")]
    private static partial Regex BulletPrefix();

    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF，。、；：“”《》（）])\s+(?=[\u4E00-\u9FFF，。、；：“”《》（）])")]
    private static partial Regex SpaceBetweenCjk();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultipleSpaces();

    [GeneratedRegex(@"[。！？；：…”’」』）)\]】*]\s*$")]
    private static partial Regex SentenceEnd();
}
