using KepuKnowledge.Corpus;

namespace KepuKnowledge.Library;

/// <summary>The result of validating a corpus: the documents that parsed and every finding.</summary>
/// <param name="Files">How many document files were checked.</param>
/// <param name="Documents">The documents that parsed (with or without findings).</param>
/// <param name="Issues">Findings, by file.</param>
public sealed record ValidationReport(int Files, IReadOnlyList<KnowledgeDocument> Documents, IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>Findings that must be fixed.</summary>
    public IReadOnlyList<ValidationIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();

    /// <summary>Whether any finding must be fixed.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);

    /// <summary>The findings for one file.</summary>
    public IReadOnlyList<ValidationIssue> For(string path) => Issues.Where(i => i.Path == path).ToList();
}
