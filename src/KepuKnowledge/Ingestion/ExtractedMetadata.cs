namespace KepuKnowledge.Ingestion;

/// <summary>Metadata found in a document's own text, used where front matter is missing.</summary>
public sealed record ExtractedMetadata
{
    /// <summary>Title, from 关于印发《…》的通知 or the first heading-like line.</summary>
    public string? Title { get; init; }

    /// <summary>发文字号.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>发布机构.</summary>
    public string? Issuer { get; init; }

    /// <summary>成文日期.</summary>
    public DateOnly? DateWritten { get; init; }

    /// <summary>发布日期.</summary>
    public DateOnly? DatePublished { get; init; }

    /// <summary>First year of the period covered.</summary>
    public int? PeriodStart { get; init; }

    /// <summary>Last year of the period covered.</summary>
    public int? PeriodEnd { get; init; }
}
