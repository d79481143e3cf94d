namespace KepuBot.Rumors;

/// <summary>Filters and order for the queue list.</summary>
public sealed record RumorCaseQuery
{
    /// <summary>Only this status (see <see cref="RumorCaseStatus"/>), or any.</summary>
    public string? Status { get; init; }

    /// <summary>Only this topic, or any.</summary>
    public string? Topic { get; init; }

    /// <summary>Only cases whose claim contains this text.</summary>
    public string? Text { get; init; }

    /// <summary>Only spreading cases (at least <see cref="SpreadingThreshold"/> reports since <see cref="RecentSince"/>).</summary>
    public bool SpreadingOnly { get; init; }

    /// <summary>Start of the spreading window.</summary>
    public required DateTimeOffset RecentSince { get; init; }

    /// <summary>Reports within the window that make a case spreading.</summary>
    public int SpreadingThreshold { get; init; } = 1;

    /// <summary>count (most reports), recent (latest report), new (newest case) or spreading (most recent reports).</summary>
    public string Sort { get; init; } = "recent";

    /// <summary>Page size.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Cases to skip.</summary>
    public int Offset { get; init; }
}
