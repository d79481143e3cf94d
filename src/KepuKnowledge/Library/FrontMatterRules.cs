using System.Text.RegularExpressions;
using KepuKnowledge.Corpus;
using KepuKnowledge.Ingestion;
using YamlDotNet.RepresentationModel;

namespace KepuKnowledge.Library;

/// <summary>
/// The vetting rules for one file's front matter, checked field by field so every problem is named at once: what
/// each kind must carry, the allowed values, and dates that make sense on the day of the check.
/// </summary>
internal static partial class FrontMatterRules
{
    /// <summary>Debunk verdicts: the library's own, and those the staff 辟谣 queue publishes (属实, 部分属实).</summary>
    public static readonly IReadOnlyList<string> Verdicts = ["谣言", "误区", "部分正确", "属实", "部分属实"];

    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal)
    {
        "id", "title", "kind", "issuer", "document_number", "date_written", "date_published", "region", "validity", "superseded_by",
        "period", "audience", "topics", "keywords", "scenario", "call", "claim", "claims", "verdict", "question", "questions", "basis",
        "author", "reviewer", "reviewed", "review_by", "status", "doc", "section", "retired", "retired_reason",
    };

    private static readonly string[] Statuses = ["draft", "vetted", "retired", "starter"];

    public static IEnumerable<ValidationIssue> Check(string path, IReadOnlyDictionary<string, YamlNode> fields, DateOnly today)
    {
        var issues = new List<ValidationIssue>();
        foreach (var key in fields.Keys.Where(k => !KnownFields.Contains(k)))
        {
            issues.Add(new ValidationIssue(path, key, "unknown field (misspelt?)", IssueSeverity.Warning));
        }

        CheckLengths(path, fields, issues);
        var kind = CheckKind(path, fields, issues);
        CheckId(path, fields, issues);
        if (kind is null or DocumentKinds.Policy)
        {
            return issues;
        }

        var status = Scalar(fields, "status");
        if (status is null)
        {
            issues.Add(new ValidationIssue(path, "status", "missing (draft, vetted, retired or starter)"));
        }
        else if (!Statuses.Contains(status))
        {
            issues.Add(new ValidationIssue(path, "status", $"'{status}' is not draft, vetted, retired or starter"));
        }
        else if (StarterContent.IsLegacyMarking(status, Scalar(fields, "author"), Scalar(fields, "reviewer")))
        {
            // Read as starter everywhere (FrontMatter does the same), so it is checked as what it is.
            issues.Add(new ValidationIssue(path, "status", "the project's starter content is marked vetted though no local reviewer approved it; read as starter (tools/mark-starter.py rewrites it)", IssueSeverity.Warning));
            status = "starter";
        }

        Require(kind == DocumentKinds.Faq ? ["author", "question", "doc", "section"] : ["title", "author"]);
        if (kind == DocumentKinds.Debunk)
        {
            Require(["claim", "verdict"]);
            if (Scalar(fields, "verdict") is string verdict && !Verdicts.Contains(verdict))
            {
                issues.Add(new ValidationIssue(path, "verdict", $"'{verdict}' is not one of {string.Join("、", Verdicts)}"));
            }
        }

        if (status == "vetted")
        {
            // The vetting record: who reviewed it, when, until when, and on what authority.
            Require(kind == DocumentKinds.Faq ? ["reviewer", "reviewed", "review_by"] : ["reviewer", "reviewed", "review_by", "basis", "audience", "topics"]);
            CheckReviewer(path, Scalar(fields, "author"), Scalar(fields, "reviewer"), issues);
        }
        else if (status == "starter" && kind != DocumentKinds.Faq)
        {
            // Cited while starter content is, so it needs what a cited article needs, apart from the review itself.
            Require(["basis", "audience", "topics"]);
        }

        CheckDates(path, fields, status, today, issues);
        return issues;

        void Require(IEnumerable<string> keys)
        {
            foreach (var key in keys.Where(k => IsMissing(fields, k)))
            {
                issues.Add(new ValidationIssue(path, key, status == "vetted" && key is "reviewer" or "reviewed" or "review_by" or "basis" or "audience" or "topics"
                    ? "missing: a vetted article needs its full vetting record"
                    : "missing"));
            }
        }
    }

    private static void CheckLengths(string path, IReadOnlyDictionary<string, YamlNode> fields, List<ValidationIssue> issues)
    {
        foreach (var (key, node) in fields)
        {
            var values = node switch
            {
                YamlScalarNode { Value: { } value } => [value.Trim()],
                YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? string.Empty).ToList(),
                _ => [],
            };
            var reason = (node is YamlSequenceNode list ? FieldLimits.TooMany(list.Children.Count) : null)
                ?? values.Select(v => FieldLimits.TooLong(key, v)).FirstOrDefault(r => r is not null);
            if (reason is not null)
            {
                issues.Add(new ValidationIssue(path, key, reason));
            }
        }
    }

    // Vetting means a second person answers for the text: the reviewer is one named person, and not its author.
    private static void CheckReviewer(string path, string? author, string? reviewer, List<ValidationIssue> issues)
    {
        if (reviewer is null)
        {
            return;
        }

        if (!PersonName.IsNamedPerson(reviewer))
        {
            issues.Add(new ValidationIssue(path, "reviewer", $"'{reviewer}' is not a named person: a vetted item is approved by one reviewer who can answer for it (a team, a unit or a note is not)"));
        }
        else if (author is not null && string.Equals(author.Trim(), reviewer.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            issues.Add(new ValidationIssue(path, "reviewer", $"'{reviewer}' is also the author: a vetted item is approved by someone other than its author"));
        }
    }

    private static string? CheckKind(string path, IReadOnlyDictionary<string, YamlNode> fields, List<ValidationIssue> issues)
    {
        var folder = path.Split('/');
        var inLibrary = folder[0] is "kepu" or "faq";
        var kind = Scalar(fields, "kind");
        if (kind is null)
        {
            if (inLibrary)
            {
                issues.Add(new ValidationIssue(path, "kind", $"missing ({string.Join(", ", DocumentKinds.All)})"));
            }

            return inLibrary ? null : DocumentKinds.Policy;
        }

        if (!DocumentKinds.All.Contains(kind))
        {
            issues.Add(new ValidationIssue(path, "kind", $"'{kind}' is not one of {string.Join(", ", DocumentKinds.All)}"));
            return null;
        }

        var expected = folder[0] switch
        {
            "faq" => DocumentKinds.Faq,
            "kepu" when folder.Length > 2 => folder[1],
            "policies" => DocumentKinds.Policy,
            _ => kind,
        };
        if (expected != kind)
        {
            issues.Add(new ValidationIssue(path, "kind", $"'{kind}' does not match the folder it is filed in ({expected})"));
        }

        return kind;
    }

    private static void CheckId(string path, IReadOnlyDictionary<string, YamlNode> fields, List<ValidationIssue> issues)
    {
        var id = Scalar(fields, "id");
        if (id is null)
        {
            issues.Add(new ValidationIssue(path, "id", "missing: citations need a stable id"));
        }
        else if (!IdPattern().IsMatch(id))
        {
            issues.Add(new ValidationIssue(path, "id", $"'{id}' must be lower-case letters, digits and hyphens"));
        }
        else if (Path.GetFileNameWithoutExtension(path) != id)
        {
            issues.Add(new ValidationIssue(path, "id", $"'{id}' differs from the file name; staff look files up by id", IssueSeverity.Warning));
        }
    }

    private static void CheckDates(string path, IReadOnlyDictionary<string, YamlNode> fields, string? status, DateOnly today, List<ValidationIssue> issues)
    {
        var reviewed = Date(path, fields, "reviewed", issues);
        var reviewBy = Date(path, fields, "review_by", issues);
        if (reviewed is DateOnly done && done > today)
        {
            issues.Add(new ValidationIssue(path, "reviewed", $"{done:yyyy-MM-dd} is in the future"));
        }

        if (reviewed is DateOnly from && reviewBy is DateOnly until && until < from)
        {
            issues.Add(new ValidationIssue(path, "review_by", $"{until:yyyy-MM-dd} is before the review on {from:yyyy-MM-dd}"));
        }
        else if (status is "vetted" or "starter" && reviewBy is DateOnly due && due < today)
        {
            issues.Add(new ValidationIssue(path, "review_by", $"{due:yyyy-MM-dd} has passed: the article is no longer cited until it is reviewed again or retired"));
        }
    }

    private static DateOnly? Date(string path, IReadOnlyDictionary<string, YamlNode> fields, string key, List<ValidationIssue> issues)
    {
        var value = Scalar(fields, key);
        if (value is null)
        {
            return null;
        }

        var date = MetadataExtractor.ParseDate(value);
        if (date is null)
        {
            issues.Add(new ValidationIssue(path, key, $"'{value}' is not a date (use 2024-07-31)"));
        }

        return date;
    }

    private static bool IsMissing(IReadOnlyDictionary<string, YamlNode> fields, string key) => fields.GetValueOrDefault(key) switch
    {
        null => true,
        YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value),
        YamlSequenceNode sequence => !sequence.Children.OfType<YamlScalarNode>().Any(s => !string.IsNullOrWhiteSpace(s.Value)),
        _ => false,
    };

    private static string? Scalar(IReadOnlyDictionary<string, YamlNode> fields, string key) =>
        fields.GetValueOrDefault(key) is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
