using System.Globalization;
using System.Text;
using KepuKnowledge.Corpus;

namespace KepuKnowledge.Ingestion;

/// <summary>Writes an imported document as Markdown with front matter, the corpus's own format.</summary>
public static class MarkdownWriter
{
    /// <summary>Formats front matter and a cleaned body.</summary>
    public static string Write(DocumentMetadata metadata, string cleanedBody)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var text = new StringBuilder("---\n");
        Line("id", metadata.Id);
        Line("title", metadata.Title);
        Line("kind", metadata.Kind);
        Line("issuer", metadata.Issuer);
        Line("document_number", metadata.DocumentNumber);
        Line("date_written", Date(metadata.DateWritten));
        Line("date_published", Date(metadata.DatePublished));
        Line("region", metadata.Region);
        Line("validity", metadata.Validity switch { Validity.InForce => "在效", Validity.Revised => "已修订", _ => "已废止" });
        Line("superseded_by", metadata.SupersededBy);
        Line("period", metadata.PeriodStart is int s && metadata.PeriodEnd is int e ? (s == e ? $"{s}" : $"{s}-{e}") : null);
        List("audience", metadata.Audience);
        List("topics", metadata.Topics);
        List("keywords", metadata.Keywords);
        if (DocumentKinds.IsLibraryKind(metadata.Kind))
        {
            Line("claim", metadata.Claim);
            List("claims", metadata.Claims);
            Line("verdict", metadata.Verdict);
            Line("question", metadata.Question);
            List("questions", metadata.Questions);
            List("basis", metadata.Basis);
            Line("author", metadata.Author);
            Line("reviewer", metadata.Reviewer);
            Line("reviewed", Date(metadata.Reviewed));
            Line("review_by", Date(metadata.ReviewBy));
            Line("status", metadata.Status.ToString().ToLowerInvariant());
            Line("doc", metadata.SourceDocId);
            Line("section", metadata.SourceSection);
        }

        text.Append("---\n").Append(cleanedBody.Trim()).Append('\n');
        return text.ToString();

        void Line(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                text.Append(key).Append(": ").Append(Quote(value)).Append('\n');
            }
        }

        void List(string key, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                text.Append(key).Append(": [").Append(string.Join(", ", values.Select(Quote))).Append("]\n");
            }
        }
    }

    // Quoting keeps YAML from reading 〔2022〕, colons or bare numbers as something else.
    internal static string Quote(string value) =>
        value.Any(c => c is ':' or '#' or '[' or ']' or '{' or '}' or ',' or '"' or '\'') || value.All(char.IsDigit)
            ? "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : value;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
