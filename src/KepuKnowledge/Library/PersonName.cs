using System.Buffers;

namespace KepuKnowledge.Library;

/// <summary>
/// Whether a vetting record's reviewer names one person who can answer for the review, rather than a team, a unit,
/// a placeholder or a note. A review signed by "项目组" or "系统" is no review: nobody can be asked about it.
/// </summary>
internal static class PersonName
{
    private const int MaxLength = 64;

    // Words that name a body of people or a tool; no person's name contains them.
    private static readonly string[] Collective =
        ["项目组", "工作组", "小组", "团队", "委员会", "办公室", "编辑部", "部门", "单位", "中心", "KepuBot"];

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "无", "待定", "未知", "未审核", "待审核", "-", "n/a", "none", "unknown", "admin", "system", "cli", "test",
    };

    // Brackets carry notes ("（初始样本库，部署单位需复核）"), separators list several people: one person signs a review.
    private static readonly SearchValues<char> NotInAName = SearchValues.Create("（）()、,，;；/\n");

    public static bool IsNamedPerson(string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        return trimmed.Length is >= 2 and <= MaxLength
            && trimmed.IndexOfAny(NotInAName) < 0
            && !Placeholders.Contains(trimmed)
            && !Collective.Any(word => trimmed.Contains(word, StringComparison.OrdinalIgnoreCase));
    }
}
