namespace KepuBot.Rumors;

/// <summary>One claim in the 辟谣 follow-up queue, with every report of it grouped in.</summary>
public sealed record RumorCase
{
    /// <summary>Case id.</summary>
    public required string Id { get; init; }

    /// <summary>The claim as first reported (masked).</summary>
    public required string Claim { get; init; }

    /// <summary>Queue topic.</summary>
    public required string Topic { get; init; }

    /// <summary>One of <see cref="RumorCaseStatus"/>.</summary>
    public required string Status { get; init; }

    /// <summary>The staff member checking it.</summary>
    public string? Assignee { get; init; }

    /// <summary>The vetted debunk that answers this claim (matched, or published from this case).</summary>
    public string? DebunkId { get; init; }

    /// <summary>How many times it was asked about or passed on.</summary>
    public long ReportCount { get; init; }

    /// <summary>How many different people did so.</summary>
    public long ReporterCount { get; init; }

    /// <summary>First report (UTC).</summary>
    public DateTimeOffset FirstSeen { get; init; }

    /// <summary>Latest report (UTC).</summary>
    public DateTimeOffset LastSeen { get; init; }

    /// <summary>Reports within the spreading window before now (computed when read).</summary>
    public long RecentReports { get; init; }

    /// <summary>When it last crossed the spreading threshold.</summary>
    public DateTimeOffset? SpreadingAt { get; init; }

    /// <summary>谣言, 属实, 部分属实 or 无法核实, once resolved.</summary>
    public string? Verdict { get; init; }

    /// <summary>The staff write-up.</summary>
    public string? WriteUp { get; init; }

    /// <summary>Named authoritative sources the verdict rests on.</summary>
    public IReadOnlyList<string> Basis { get; init; } = [];

    /// <summary>Who resolved it.</summary>
    public string? ResolvedBy { get; init; }

    /// <summary>When it was resolved.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>The library article published from it.</summary>
    public string? PublishedDocId { get; init; }

    /// <summary>When it was published.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
}
