using System.Globalization;
using System.Text.RegularExpressions;

namespace KepuKnowledge.Ingestion;

/// <summary>
/// Reads 公文 metadata from a document's text: 发文字号 (渝科协发〔2022〕88号), dates (2024年7月31日, 2022-05-11),
/// the issuing body (a 发布机构 box, a "…文件" masthead or the signature above the date) and the period covered.
/// </summary>
public static partial class MetadataExtractor
{
    /// <summary>Extracts what the raw (uncleaned) text states about itself.</summary>
    public static ExtractedMetadata Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.Trim().Replace(" ", string.Empty, StringComparison.Ordinal)).Where(l => l.Length > 0).ToList();
        var title = FindTitle(lines);
        var (start, end) = FindPeriod(title ?? string.Empty);
        return new ExtractedMetadata
        {
            Title = title,
            DocumentNumber = FindDocumentNumber(text),
            Issuer = FindBoxValue(lines, "发布机构") ?? FindMasthead(lines) ?? FindSignature(lines),
            DateWritten = ParseDate(FindBoxValue(lines, "成文日期")) ?? FindSignatureDate(lines),
            DatePublished = ParseDate(FindBoxValue(lines, "发布日期")),
            PeriodStart = start,
            PeriodEnd = end,
        };
    }

    /// <summary>Finds the first well-formed 发文字号 in the text.</summary>
    public static string? FindDocumentNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = DocumentNumberPattern().Match(text);
        return match.Success ? $"{match.Groups["org"].Value}〔{match.Groups["year"].Value}〕{match.Groups["seq"].Value}号" : null;
    }

    /// <summary>Parses 2024年7月31日, 2024-07-31, 2024/7/31 or 2024.7.31.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>Reads a period such as (2021-2025年) or a single year such as 2024年…要点.</summary>
    public static (int? Start, int? End) FindPeriod(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var range = PeriodPattern().Match(title);
        if (range.Success)
        {
            return (int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture));
        }

        // Annual plans (忠县2024年科普工作要点) cover that year.
        var year = AnnualPattern().Match(title);
        if (year.Success)
        {
            var y = int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture);
            return (y, y);
        }

        return (null, null);
    }

    private static string? FindTitle(List<string> lines)
    {
        foreach (var line in lines.Take(40))
        {
            var notice = NoticeTitlePattern().Match(line);
            if (notice.Success)
            {
                return notice.Groups[1].Value.Replace('〈', '《').Replace('〉', '》');
            }
        }

        return lines.Select(l => l.TrimStart('#').Trim())
            .FirstOrDefault(l => l.Length is >= 6 and <= 60 && !l.Contains('。', StringComparison.Ordinal) && !TextCleaner.IsDebris(l) && !l.StartsWith('•') && !l.StartsWith('[') && MetadataExtractor.FindDocumentNumber(l) is null);
    }

    private static string? FindBoxValue(List<string> lines, string label)
    {
        for (var i = 0; i < lines.Count - 1; i++)
        {
            if (Regex.IsMatch(lines[i], $@"^[•·]?[\[［【]{label}[\]］】]$"))
            {
                var value = lines[i + 1].TrimStart('•', '·').Trim();
                return value.StartsWith('[') || value.StartsWith('［') ? null : value;
            }
        }

        return null;
    }

    private static string? FindMasthead(List<string> lines) =>
        lines.Take(10).Select(l => MastheadPattern().Match(l.TrimStart('#').Trim())).FirstOrDefault(m => m.Success)?.Groups[1].Value;

    // The issuing body signs just above the date at the end of the notice.
    private static string? FindSignature(List<string> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (SignatureDateLine().IsMatch(lines[i]) && IssuerLike().IsMatch(lines[i - 1]))
            {
                return lines[i - 1];
            }

            var inline = InlineSignature().Match(lines[i]);
            if (inline.Success)
            {
                return inline.Groups[1].Value;
            }
        }

        return null;
    }

    private static DateOnly? FindSignatureDate(List<string> lines)
    {
        foreach (var line in lines)
        {
            if (SignatureDateLine().IsMatch(line) || InlineSignature().IsMatch(line))
            {
                return ParseDate(line);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<org>[\u4E00-\u9FFF]{1,12})\s*[〔\[［【(（]\s*(?<year>(19|20)\d{2})\s*[〕\]］】)）]\s*(?<seq>\d{1,4})\s*号")]
    private static partial Regex DocumentNumberPattern();

    [GeneratedRegex(@"(?<y>(19|20)\d{2})\s*[年\-/.]\s*(?<m>\d{1,2})\s*[月\-/.]\s*(?<d>\d{1,2})\s*日?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"[（(]\s*((?:19|20)\d{2})\s*[-—–～~至]\s*((?:19|20)\d{2})\s*年?\s*[）)]")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"((?:19|20)\d{2})年")]
    private static partial Regex AnnualPattern();

    [GeneratedRegex(@"关于印发[《〈]?(.+?)[》〉]?的通知")]
    private static partial Regex NoticeTitlePattern();

    [GeneratedRegex(@"^(.{2,30}?)文件$")]
    private static partial Regex MastheadPattern();

    [GeneratedRegex(@"^(19|20)\d{2}年\d{1,2}月\d{1,2}日$")]
    private static partial Regex SignatureDateLine();

    [GeneratedRegex(@"(办公室|委员会|领导小组|协会|政府|科协|局|委|部|中心)$")]
    private static partial Regex IssuerLike();

    [GeneratedRegex(@"^(.{2,30}?(?:办公室|委员会|领导小组|协会|政府|科协))\s*((19|20)\d{2}年\d{1,2}月\d{1,2}日)印发$")]
    private static partial Regex InlineSignature();
}
