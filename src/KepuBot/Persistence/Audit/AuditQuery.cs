namespace KepuBot.Persistence.Audit;

/// <summary>Filters over the audit log; null means any. Results are newest first.</summary>
public sealed record AuditQuery
{
    /// <summary>Only this actor.</summary>
    public string? Actor { get; init; }

    /// <summary>Only this action.</summary>
    public string? Action { get; init; }

    /// <summary>Only this target.</summary>
    public string? Target { get; init; }

    /// <summary>Only at or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only before this instant.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Page size.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Entries to skip.</summary>
    public int Offset { get; init; }
}
