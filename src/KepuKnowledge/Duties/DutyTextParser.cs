using System.Globalization;
using System.Text.RegularExpressions;

namespace KepuKnowledge.Duties;

/// <summary>Reads frequencies (每年不少于2次, 每日发布至少1条, 每季度) and deadlines (5月25日前, 每年11月30日前) from task text.</summary>
public static partial class DutyTextParser
{
    /// <summary>The first frequency requirement in the text, or null.</summary>
    public static DutyFrequency? Frequency(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = CountedFrequency().Match(text);
        if (match.Success)
        {
            return new DutyFrequency(int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture), Period(match.Groups["period"].Value), match.Groups["unit"].Value);
        }

        // "每季度开展一次" or a bare "每季度": once per period.
        var bare = BarePeriod().Match(text);
        return bare.Success ? new DutyFrequency(1, Period(bare.Groups["period"].Value), "次") : null;
    }

    /// <summary>The deadlines in the text joined with ；, or null.</summary>
    public static string? Deadline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var deadlines = DeadlinePattern().Matches(text)
            .Select(m => m.Value.Replace("之前", "前", StringComparison.Ordinal).Replace("以前", "前", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        return deadlines.Count == 0 ? null : string.Join("；", deadlines);
    }

    private static string Period(string word) => word switch
    {
        "年" => "year",
        "季度" or "季" => "quarter",
        "月" => "month",
        "周" => "week",
        _ => "day",
    };

    [GeneratedRegex(@"每(?<period>年|季度|季|月|周|日|天)[^，。；]{0,16}?(不少于|至少|不低于|不少於)\s*(?<count>\d+)\s*(?<unit>人次|次|条|场|期|个|篇|名)")]
    private static partial Regex CountedFrequency();

    [GeneratedRegex(@"每(?<period>季度|月|周)(开展|举办|组织|报送|发布)?")]
    private static partial Regex BarePeriod();

    [GeneratedRegex(@"(每年)?\d{1,2}月\d{1,2}日(前|之前|以前)")]
    private static partial Regex DeadlinePattern();
}
