namespace KepuKnowledge.Corpus;

/// <summary>
/// The project's bundled starter library: articles and FAQ entries written by the project team that no reviewer of
/// the deploying organisation has approved yet (status <c>starter</c>).
/// </summary>
public static class StarterContent
{
    /// <summary>The short note every citation of starter content carries, so residents and staff see what it is.</summary>
    public const string Notice = "示例内容，待本地审核";

    /// <summary>The author the project team signs its starter articles with.</summary>
    public const string ProjectAuthor = "KepuBot 项目组";

    /// <summary>
    /// Whether a file is a starter item still marked the way the starter set shipped before the <c>starter</c> state
    /// existed: <c>status: vetted</c>, written by the project team, "reviewed" by the project team with a note that
    /// the deploying organisation must review it. Nobody vetted it, so it is read as starter until
    /// <c>tools/mark-starter.py</c> rewrites it.
    /// </summary>
    public static bool IsLegacyMarking(string? status, string? author, string? reviewer) =>
        status == "vetted"
        && author == ProjectAuthor
        && reviewer is not null && reviewer.StartsWith(ProjectAuthor, StringComparison.Ordinal);
}
