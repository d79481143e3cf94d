using System.Text.Json;
using KepuBot.Persistence;

namespace KepuBot.Rumors;

/// <summary>A <c>rumor_cases</c> row as read by <see cref="DatabaseRumorQueueStore"/> (column aliases match these names).</summary>
internal sealed class RumorCaseRow
{
    public string Id { get; init; } = string.Empty;

    public string Claim { get; init; } = string.Empty;

    public string Topic { get; init; } = string.Empty;

    public string Status { get; init; } = string.Empty;

    public string? Assignee { get; init; }

    public string? DebunkId { get; init; }

    public long ReportCount { get; init; }

    public long ReporterCount { get; init; }

    public string FirstSeen { get; init; } = string.Empty;

    public string LastSeen { get; init; } = string.Empty;

    public long RecentReports { get; init; }

    public string? SpreadingAt { get; init; }

    public string? Verdict { get; init; }

    public string? WriteUp { get; init; }

    public string? Basis { get; init; }

    public string? ResolvedBy { get; init; }

    public string? ResolvedAt { get; init; }

    public string? PublishedDocId { get; init; }

    public string? PublishedAt { get; init; }

    public RumorCase ToCase() => new()
    {
        Id = Id,
        Claim = Claim,
        Topic = Topic,
        Status = Status,
        Assignee = Assignee,
        DebunkId = DebunkId,
        ReportCount = ReportCount,
        ReporterCount = ReporterCount,
        FirstSeen = StoredTime.Parse(FirstSeen),
        LastSeen = StoredTime.Parse(LastSeen),
        RecentReports = RecentReports,
        SpreadingAt = StoredTime.ParseOptional(SpreadingAt),
        Verdict = Verdict,
        WriteUp = WriteUp,
        Basis = Basis is null ? [] : JsonSerializer.Deserialize<string[]>(Basis) ?? [],
        ResolvedBy = ResolvedBy,
        ResolvedAt = StoredTime.ParseOptional(ResolvedAt),
        PublishedDocId = PublishedDocId,
        PublishedAt = StoredTime.ParseOptional(PublishedAt),
    };
}
