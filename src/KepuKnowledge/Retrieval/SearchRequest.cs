namespace KepuKnowledge.Retrieval;

/// <summary>A passage search.</summary>
public sealed record SearchRequest
{
    /// <summary>The question or keywords, in any mix of Simplified, Traditional, full- or half-width.</summary>
    public required string Query { get; init; }

    /// <summary>How many hits to return.</summary>
    public int Top { get; init; } = 5;

    /// <summary>Only these document kinds, if set. FAQ entries are returned only when this names <c>faq</c>.</summary>
    public IReadOnlyList<string>? Kinds { get; init; }

    /// <summary>Only documents of these regions, if set (e.g. 巴南区).</summary>
    public IReadOnlyList<string>? Regions { get; init; }

    /// <summary>Only documents for these audiences, if set.</summary>
    public IReadOnlyList<string>? Audiences { get; init; }

    /// <summary>Only these documents, if set.</summary>
    public IReadOnlyList<string>? DocIds { get; init; }

    /// <summary>Include drafts, retired and out-of-date library articles (staff previews only).</summary>
    public bool IncludeUncitable { get; init; }
}
