using System.Globalization;
using KepuKnowledge.Corpus;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KepuKnowledge.Ingestion;

/// <summary>Maps YAML front matter onto <see cref="DocumentMetadata"/>, naming the field that is wrong.</summary>
public static class FrontMatter
{
    /// <summary>Splits <c>---</c>-fenced front matter from a Markdown file.</summary>
    public static SourceText Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            return new SourceText(null, normalized);
        }

        var end = normalized.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new CorpusFormatException("front matter: opening '---' has no closing '---'");
        }

        var bodyStart = normalized.IndexOf('\n', end + 4);
        return new SourceText(normalized[4..end], bodyStart < 0 ? string.Empty : normalized[(bodyStart + 1)..]);
    }

    /// <summary>Parses YAML front matter into a field map.</summary>
    /// <exception cref="CorpusFormatException">The front matter is not YAML, is over a size or nesting limit, or is not <c>key: value</c> lines.</exception>
    public static IReadOnlyDictionary<string, YamlNode> Parse(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            FrontMatterScan.Check(yaml);
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new CorpusFormatException($"front matter: invalid YAML at line {ex.Start.Line}: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this for some unterminated flow collections.
            throw new CorpusFormatException($"front matter: invalid YAML ({ex.Message})", ex);
        }

        if (stream.Documents.Count == 0)
        {
            return new Dictionary<string, YamlNode>();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new CorpusFormatException("front matter: expected 'key: value' lines");
        }

        // A key written as a list or mapping ("? [a, b]") is valid YAML but names no field.
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                throw new CorpusFormatException($"front matter: a key at line {key.Start.Line} is not a plain field name");
            }

            fields[name] = value;
        }

        return fields;
    }

    /// <summary>Builds metadata from front matter fields, falling back to what was extracted from the text.</summary>
    public static DocumentMetadata ToMetadata(IReadOnlyDictionary<string, YamlNode> fields, ExtractedMetadata extracted, string fallbackId)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(extracted);
        var period = Scalar(fields, "period");
        var (periodStart, periodEnd) = ParsePeriod(period) ?? (extracted.PeriodStart, extracted.PeriodEnd);
        var kind = Scalar(fields, "kind") ?? DocumentKinds.Policy;
        if (!DocumentKinds.All.Contains(kind))
        {
            throw new CorpusFormatException($"kind: '{kind}' is not one of {string.Join(", ", DocumentKinds.All)}");
        }

        return new DocumentMetadata
        {
            Id = Scalar(fields, "id") ?? fallbackId,
            // An FAQ entry is titled by its question unless staff gave it a title of its own.
            Title = Limited("title", Scalar(fields, "title") ?? (kind == DocumentKinds.Faq ? Scalar(fields, "question") : null) ?? extracted.Title)
                ?? throw new CorpusFormatException("title: missing, and no title found in the text"),
            Kind = kind,
            Issuer = Scalar(fields, "issuer") ?? extracted.Issuer,
            DocumentNumber = Scalar(fields, "document_number") ?? extracted.DocumentNumber,
            DateWritten = Date(fields, "date_written") ?? extracted.DateWritten,
            DatePublished = Date(fields, "date_published") ?? extracted.DatePublished,
            Region = Scalar(fields, "region"),
            Validity = ParseValidity(Scalar(fields, "validity")),
            SupersededBy = Scalar(fields, "superseded_by"),
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            Audience = List(fields, "audience"),
            Topics = List(fields, "topics"),
            Keywords = List(fields, "keywords"),
            Scenario = Scalar(fields, "scenario"),
            Claim = Scalar(fields, "claim"),
            Claims = List(fields, "claims"),
            Verdict = Scalar(fields, "verdict"),
            Question = Scalar(fields, "question"),
            Questions = List(fields, "questions"),
            Basis = List(fields, "basis"),
            Author = Scalar(fields, "author"),
            Reviewer = Scalar(fields, "reviewer"),
            Reviewed = Date(fields, "reviewed"),
            ReviewBy = Date(fields, "review_by"),
            Status = ParseStatus(Scalar(fields, "status"), kind, Scalar(fields, "author"), Scalar(fields, "reviewer")),
            SourceDocId = Scalar(fields, "doc"),
            SourceSection = Scalar(fields, "section"),
        };
    }

    private static string? Scalar(IReadOnlyDictionary<string, YamlNode> fields, string key)
    {
        if (!fields.TryGetValue(key, out var node))
        {
            return null;
        }

        return node is YamlScalarNode scalar
            ? string.IsNullOrWhiteSpace(scalar.Value) ? null : Limited(key, scalar.Value.Trim())
            : throw new CorpusFormatException($"{key}: expected a single value");
    }

    private static string? Limited(string key, string? value) =>
        value is not null && FieldLimits.TooLong(key, value) is { } reason ? throw new CorpusFormatException($"{key}: {reason}") : value;

    private static string[] List(IReadOnlyDictionary<string, YamlNode> fields, string key)
    {
        if (!fields.TryGetValue(key, out var node))
        {
            return [];
        }

        string[] values = node switch
        {
            YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? string.Empty).Where(s => s.Length > 0).ToArray(),
            YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value) => scalar.Value.Split(',', '，', '、').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray(),
            _ => [],
        };
        if (FieldLimits.TooMany(values.Length) is { } reason)
        {
            throw new CorpusFormatException($"{key}: {reason}");
        }

        foreach (var value in values)
        {
            Limited(key, value);
        }

        return values;
    }

    private static DateOnly? Date(IReadOnlyDictionary<string, YamlNode> fields, string key)
    {
        var value = Scalar(fields, key);
        if (value is null)
        {
            return null;
        }

        return MetadataExtractor.ParseDate(value) ?? throw new CorpusFormatException($"{key}: '{value}' is not a date (use 2024-07-31)");
    }

    private static (int?, int?)? ParsePeriod(string? period)
    {
        if (period is null)
        {
            return null;
        }

        var parts = period.Split('-', '—', '–', '~', '至');
        if (parts.Length is 1 or 2 && parts.All(p => int.TryParse(p.Trim().TrimEnd('年'), NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            var start = int.Parse(parts[0].Trim().TrimEnd('年'), CultureInfo.InvariantCulture);
            var end = int.Parse(parts[^1].Trim().TrimEnd('年'), CultureInfo.InvariantCulture);
            return end >= start ? (start, end) : throw new CorpusFormatException($"period: '{period}' ends before it starts");
        }

        throw new CorpusFormatException($"period: '{period}' is not a year or a range like 2021-2025");
    }

    private static Validity ParseValidity(string? value) => value switch
    {
        null or "在效" or "有效" or "in-force" => Validity.InForce,
        "已修订" or "revised" => Validity.Revised,
        "已废止" or "失效" or "repealed" => Validity.Repealed,
        _ => throw new CorpusFormatException($"validity: '{value}' is not 在效, 已修订 or 已废止"),
    };

    // Policies come from official publication and need no review; library articles must say where they stand.
    private static VettingStatus ParseStatus(string? value, string kind, string? author, string? reviewer) => value switch
    {
        null when kind == DocumentKinds.Policy => VettingStatus.Vetted,
        null => throw new CorpusFormatException("status: missing (draft, vetted, retired or starter)"),
        "draft" => VettingStatus.Draft,
        _ when StarterContent.IsLegacyMarking(value, author, reviewer) => VettingStatus.Starter,
        "vetted" => VettingStatus.Vetted,
        "retired" => VettingStatus.Retired,
        "starter" => VettingStatus.Starter,
        _ => throw new CorpusFormatException($"status: '{value}' is not draft, vetted, retired or starter"),
    };
}
