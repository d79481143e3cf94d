using KepuKnowledge.Corpus;
using KepuKnowledge.Ingestion;
using YamlDotNet.RepresentationModel;

namespace KepuKnowledge.Library;

/// <summary>
/// Checks a corpus before it is trusted: each file's front matter against the vetting rules of its kind, then
/// references across files (duplicate ids, FAQ entries pointing at missing documents or sections). Every finding
/// names the file and the field. <c>corpus check</c> runs it, and so does every status change.
/// </summary>
public sealed class CorpusValidator(DocumentParser parser, TimeProvider clock)
{
    /// <summary>Validates the corpus under <paramref name="root"/>.</summary>
    /// <param name="root">The corpus folder.</param>
    /// <param name="replacements">File contents to check in place of what is on disk (or as new files), by relative path: a change validated before it is written.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<ValidationReport> ValidateAsync(string root, IReadOnlyDictionary<string, byte[]>? replacements = null, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (!Directory.Exists(root))
        {
            return new ValidationReport(0, [], [new ValidationIssue(root, "file", "corpus folder does not exist")]);
        }

        var files = CorpusFiles.Enumerate(root, parser).Union(replacements?.Keys ?? [], StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var issues = new List<ValidationIssue>();
        var documents = new List<KnowledgeDocument>();
        foreach (var path in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = replacements is not null && replacements.TryGetValue(path, out var replaced)
                ? replaced
                : await File.ReadAllBytesAsync(Path.Combine(root, path), cancellationToken).ConfigureAwait(false);
            var (document, fileIssues) = CheckFile(path, content, today);
            issues.AddRange(fileIssues);
            if (document is not null)
            {
                documents.Add(document);
            }
        }

        issues.AddRange(ReferenceRules.Check(documents, today));
        return new ValidationReport(files.Count, documents, issues);
    }

    private (KnowledgeDocument? Document, List<ValidationIssue> Issues) CheckFile(string path, byte[] content, DateOnly today)
    {
        var issues = new List<ValidationIssue>();
        try
        {
            var source = parser.ReadSource(path, content);
            if (source.FrontMatter is null && path.Split('/')[0] is "kepu" or "faq")
            {
                issues.Add(new ValidationIssue(path, "front matter", "missing: a library article starts with its vetting record between --- lines"));
                return (null, issues);
            }

            var fields = source.FrontMatter is null ? new Dictionary<string, YamlNode>() : FrontMatter.Parse(source.FrontMatter);
            issues.AddRange(FrontMatterRules.Check(path, fields, today));
        }
        catch (CorpusFormatException ex)
        {
            issues.Add(ValidationIssue.FromMessage(path, ex.Message));
            return (null, issues);
        }

        try
        {
            return (parser.Parse(path, content), issues);
        }
        catch (CorpusFormatException ex)
        {
            // The field rules have usually named the problem already; the parser's message adds what they do not check.
            var parsed = ValidationIssue.FromMessage(path, ex.Message);
            if (!issues.Any(i => i.Field == parsed.Field && i.Severity == IssueSeverity.Error))
            {
                issues.Add(parsed);
            }

            return (null, issues);
        }
    }
}
