using System.Text.RegularExpressions;
using KepuKnowledge.Corpus;
using KepuKnowledge.Indexing;

namespace KepuKnowledge.Library;

/// <summary>
/// Rules across documents: ids are unique, <c>superseded_by</c> names a document that exists, and every FAQ entry
/// points at a real section of a real document whose text bears out the numbers in the answer.
/// </summary>
internal static partial class ReferenceRules
{
    // An FAQ answer is returned as written to both answer styles; it must be short.
    public const int MaxAnswerLength = 120;

    public static IEnumerable<ValidationIssue> Check(IReadOnlyList<KnowledgeDocument> documents, DateOnly today)
    {
        var issues = new List<ValidationIssue>();
        var byId = new Dictionary<string, KnowledgeDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (byId.TryGetValue(document.Id, out var first))
            {
                issues.Add(new ValidationIssue(document.SourcePath, "id", $"duplicate id '{document.Id}' (already used by {first.SourcePath})"));
                continue;
            }

            byId[document.Id] = document;
        }

        foreach (var document in byId.Values)
        {
            if (document.Metadata.SupersededBy is string successor && !byId.ContainsKey(successor))
            {
                issues.Add(new ValidationIssue(document.SourcePath, "superseded_by", $"no document has the id '{successor}'"));
            }

            if (document.Metadata.Kind == DocumentKinds.Faq)
            {
                issues.AddRange(CheckFaq(document, byId, today));
            }
        }

        return issues;
    }

    /// <summary>The text of the FAQ entry's answer.</summary>
    public static string AnswerOf(KnowledgeDocument entry) => string.Concat(entry.Passages.Select(p => p.Text)).Trim();

    private static IEnumerable<ValidationIssue> CheckFaq(KnowledgeDocument entry, Dictionary<string, KnowledgeDocument> byId, DateOnly today)
    {
        var path = entry.SourcePath;
        var answer = AnswerOf(entry);
        if (answer.Length > MaxAnswerLength)
        {
            yield return new ValidationIssue(path, "answer", $"{answer.Length} characters; keep an FAQ answer within {MaxAnswerLength}");
        }

        var metadata = entry.Metadata;
        if (metadata.SourceDocId is not string docId || metadata.SourceSection is not string section)
        {
            yield break;
        }

        if (!byId.TryGetValue(docId, out var cited))
        {
            yield return new ValidationIssue(path, "doc", $"no document has the id '{docId}'");
            yield break;
        }

        var sections = PassageDocuments.PassagesOf(cited).GroupBy(p => p.Section, StringComparer.Ordinal).ToDictionary(g => g.Key, g => string.Concat(g.Select(p => p.Text)), StringComparer.Ordinal);
        if (!sections.TryGetValue(section, out var sectionText))
        {
            yield return new ValidationIssue(path, "section", $"'{section}' is not a section of {docId}; closest: '{Closest(section, sections.Keys)}' (list them with: corpus sections {docId})");
            yield break;
        }

        // Numbers are where a hand-written answer most easily drifts from its source.
        foreach (var number in Numbers().Matches(answer).Select(m => m.Value).Distinct().Where(n => !sectionText.Contains(n, StringComparison.Ordinal)))
        {
            yield return new ValidationIssue(path, "answer", $"'{number}' does not appear in the cited section");
        }

        // Whether starter content is cited is the deployment's setting, not the file's: judged as if it were.
        if (metadata.Status is VettingStatus.Vetted or VettingStatus.Starter && !cited.Metadata.IsCitable(today, citeStarter: true))
        {
            yield return new ValidationIssue(path, "doc", $"{docId} may not be cited ({cited.Metadata.Status.ToString().ToLowerInvariant()} or past review), so this entry is not used", IssueSeverity.Warning);
        }
        else if (metadata.Status == VettingStatus.Vetted && cited.Metadata.Status == VettingStatus.Starter)
        {
            yield return new ValidationIssue(path, "doc", $"{docId} is starter content awaiting local review; this entry is not used once Library:CiteUnreviewedStarter is off", IssueSeverity.Warning);
        }
    }

    private static string Closest(string wanted, IEnumerable<string> sections)
    {
        var pairs = Pairs(wanted);
        return sections.MaxBy(s => Pairs(s).Count(pairs.Contains) / (double)Math.Max(1, Pairs(s).Count)) ?? string.Empty;
    }

    private static HashSet<string> Pairs(string text) =>
        Enumerable.Range(0, Math.Max(0, text.Length - 1)).Select(i => text.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}
