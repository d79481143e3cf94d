using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KepuBot.Persistence.Audit;
using KepuBot.Staff.Auth;

namespace KepuBot.Staff.Audit;

/// <summary>Makes audit entries for staff actions (time from the service clock, summaries as compact JSON).</summary>
public sealed class StaffAudit(IAuditLog log, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Chinese stays readable in the stored summaries.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>An entry for <paramref name="member"/> doing <paramref name="action"/> to <paramref name="target"/>.</summary>
    public AuditEntry Entry(StaffMember member, string action, string target, object? before = null, object? after = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        return AuditEntry.Create(clock.GetUtcNow(), member.Name, action, target, Summary(before), Summary(after));
    }

    /// <summary>Records an entry on its own (for actions that change nothing else in the database).</summary>
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) => log.RecordAsync(entry, cancellationToken);

    /// <summary>A compact JSON summary of changed fields.</summary>
    public static string? Summary(object? state) => state is null ? null : JsonSerializer.Serialize(state, Json);
}
