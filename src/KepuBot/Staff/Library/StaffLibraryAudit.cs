using System.Text.Json;
using KepuBot.Persistence.Audit;
using KepuBot.Staff.Audit;
using KepuKnowledge.Library;

namespace KepuBot.Staff.Library;

/// <summary>
/// Library changes in the shared staff audit log, beside sign-ins and queue work: action <c>library.&lt;what&gt;</c>,
/// target <c>library:&lt;id&gt;</c>, before and after as compact JSON of status (and path, reason, and
/// <c>"asserted": true</c> when the actor's name was only stated with the CLI's <c>--as</c>, not signed in).
/// </summary>
public sealed class StaffLibraryAudit(IAuditLog log) : ILibraryAudit
{
    /// <summary>Prefix of audit actions for library changes.</summary>
    public const string ActionPrefix = "library.";

    /// <summary>Prefix of audit targets for library articles and FAQ entries.</summary>
    public const string TargetPrefix = "library:";

    private const int MaxRecords = 500;

    /// <inheritdoc />
    public Task RecordAsync(LibraryAuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var before = record.Before is null ? null : StaffAudit.Summary(new { status = record.Before });
        var after = record.Asserted
            ? StaffAudit.Summary(new { status = record.After, path = record.Path, reason = record.Reason, asserted = true })
            : StaffAudit.Summary(new { status = record.After, path = record.Path, reason = record.Reason });
        return log.RecordAsync(AuditEntry.Create(record.At, record.Staff, ActionPrefix + record.Action, TargetPrefix + record.DocId, before, after), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LibraryAuditRecord>> ReadAsync(string? docId, CancellationToken cancellationToken)
    {
        var entries = await log.QueryAsync(new AuditQuery { Target = docId is null ? null : TargetPrefix + docId, Limit = MaxRecords }, cancellationToken);
        return entries
            .Where(e => e.Action.StartsWith(ActionPrefix, StringComparison.Ordinal) && e.Target.StartsWith(TargetPrefix, StringComparison.Ordinal))
            .Reverse()
            .Select(ToRecord)
            .ToList();
    }

    private static LibraryAuditRecord ToRecord(AuditEntry entry)
    {
        var after = entry.After is null ? default : JsonDocument.Parse(entry.After).RootElement.Clone();
        var before = entry.Before is null ? default : JsonDocument.Parse(entry.Before).RootElement.Clone();
        return new LibraryAuditRecord(
            entry.At,
            entry.Actor,
            entry.Action[ActionPrefix.Length..],
            entry.Target[TargetPrefix.Length..],
            Text(after, "path") ?? string.Empty,
            Text(before, "status"),
            Text(after, "status") ?? string.Empty,
            Text(after, "reason"),
            after.ValueKind == JsonValueKind.Object && after.TryGetProperty("asserted", out var asserted) && asserted.ValueKind == JsonValueKind.True);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
