using System.Globalization;
using KepuBot.Persistence.Audit;
using KepuBot.Staff.Auth;

namespace KepuBot.Staff.Audit;

/// <summary><c>GET /api/staff/audit?actor=&amp;action=&amp;target=&amp;since=&amp;until=&amp;limit=&amp;offset=</c>: the audit log, admins only.</summary>
public static class AuditApi
{
    private const int MaxLimit = 500;

    /// <summary>Maps the endpoint on the staff group.</summary>
    public static void Map(IEndpointRouteBuilder staff)
    {
        staff.MapGet("/audit", QueryAsync)
            .RequireAuthorization(StaffRoles.AdminPolicy)
            .WithName("StaffAudit")
            .WithSummary("Who did what, when, to which target (newest first)");
    }

    private static async Task<IResult> QueryAsync(string? actor, string? action, string? target, string? since, string? until, int? limit, int? offset, IAuditLog log, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit || offset is < 0)
        {
            return Results.Problem($"limit 应在 1–{MaxLimit} 之间，offset 不能为负。", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!TryParseTime(since, out var from) || !TryParseTime(until, out var to))
        {
            return Results.Problem("since 和 until 应为 ISO-8601 时间，例如 2026-11-23T08:00:00Z。", statusCode: StatusCodes.Status400BadRequest);
        }

        var entries = await log.QueryAsync(
            new AuditQuery
            {
                Actor = Blank(actor),
                Action = Blank(action),
                Target = Blank(target),
                Since = from,
                Until = to,
                Limit = limit ?? 100,
                Offset = offset ?? 0,
            },
            cancellationToken);
        return Results.Ok(new { entries });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryParseTime(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }
}
