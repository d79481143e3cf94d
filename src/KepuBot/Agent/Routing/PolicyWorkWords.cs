using System.Text.RegularExpressions;

namespace KepuBot.Agent.Routing;

/// <summary>
/// Words that say a question is about public policy work (科普, 科协, a plan, a unit's tasks), not about a place's
/// everyday life: "濮阳科普教育基地要建多少个" is, "濮阳日报订一年多少钱" and "唐山烧烤哪家好吃" are not.
/// </summary>
public static partial class PolicyWorkWords
{
    /// <summary>Whether <paramref name="text"/> names policy work.</summary>
    public static bool In(string text) => Pattern().IsMatch(text);

    /// <summary>
    /// Whether <paramref name="text"/> names policy work and one of <paramref name="regionNames"/> (names of one
    /// character, such as a bare 市, say nothing of a place).
    /// </summary>
    public static bool AboutPlace(string text, IEnumerable<string> regionNames) =>
        In(text) && regionNames.Any(r => r.Length >= 2 && text.Contains(r, StringComparison.Ordinal));

    [GeneratedRegex("科普|科协|科学素质|科技|工作要点|方案|计划|清单|政策|文件|任务|要求|政府|部门|单位|行动|工作|活动|大篷车|科技馆")]
    private static partial Regex Pattern();
}
