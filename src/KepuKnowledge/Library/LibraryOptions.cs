using System.ComponentModel.DataAnnotations;

namespace KepuKnowledge.Library;

/// <summary>The <c>Library</c> configuration section: the staff workflow for the 科普 library.</summary>
public sealed class LibraryOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Library";

    /// <summary>Where the file audit log of library changes is appended, relative to the content root.</summary>
    [Required]
    public string AuditPath { get; set; } = "data/library-audit.jsonl";

    /// <summary>How long an approval holds before the article must be reviewed again (its <c>review_by</c>).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "1095.00:00:00")]
    public TimeSpan ReviewPeriod { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// Whether starter content (the project's bundled library, status <c>starter</c>, awaiting the deploying
    /// organisation's review) is cited, with the note "示例内容，待本地审核". On by default so a fresh
    /// <c>dotnet run</c> answers from the bundled library; a production deployment turns it off until its own
    /// reviewers have approved what it wants to keep.
    /// </summary>
    public bool CiteUnreviewedStarter { get; set; } = true;
}
