using System.Data;
using Dapper;

namespace KepuBot.Persistence.Audit;

/// <summary>
/// All SQL of the audit log (its table is created by migration 0003), written to run unchanged on SQLite and PostgreSQL (TEXT keys and ISO-8601 UTC
/// times, <c>@name</c> parameters, no engine-specific functions). Other stores call <see cref="InsertAsync"/>
/// inside their own transaction so a change and its audit entry commit together.
/// </summary>
public static class AuditSql
{
    /// <summary>Inserts an entry on <paramref name="connection"/>, in <paramref name="transaction"/> when given.</summary>
    public static Task InsertAsync(IDbConnection connection, IDbTransaction? transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO audit_log (id, at, actor, action, target, before_summary, after_summary)
            VALUES (@Id, @At, @Actor, @Action, @Target, @Before, @After)
            """,
            new { entry.Id, At = StoredTime.Format(entry.At), entry.Actor, entry.Action, entry.Target, entry.Before, entry.After },
            transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>Entries matching <paramref name="query"/>, newest first.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> SelectAsync(IDbConnection connection, AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Only the filters that are set become conditions: PostgreSQL cannot type a bare "@x IS NULL" parameter.
        var conditions = new List<string>();
        var parameters = new DynamicParameters(new { query.Limit, query.Offset });
        Add(query.Actor, "actor = @actor", "actor");
        Add(query.Action, "action = @action", "action");
        Add(query.Target, "target = @target", "target");
        Add(query.Since is { } since ? StoredTime.Format(since) : null, "at >= @since", "since");
        Add(query.Until is { } until ? StoredTime.Format(until) : null, "at < @until", "until");
        var where = conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT id, at, actor, action, target, before_summary AS beforesummary, after_summary AS aftersummary FROM audit_log {where} ORDER BY at DESC, id DESC LIMIT @Limit OFFSET @Offset",
            parameters,
            cancellationToken: cancellationToken));
        return rows.Select(r => new AuditEntry(r.Id, StoredTime.Parse(r.At), r.Actor, r.Action, r.Target, r.BeforeSummary, r.AfterSummary)).ToList();

        void Add(string? value, string condition, string name)
        {
            if (value is not null)
            {
                conditions.Add(condition);
                parameters.Add(name, value);
            }
        }
    }

    private sealed class Row
    {
        public string Id { get; init; } = string.Empty;

        public string At { get; init; } = string.Empty;

        public string Actor { get; init; } = string.Empty;

        public string Action { get; init; } = string.Empty;

        public string Target { get; init; } = string.Empty;

        public string? BeforeSummary { get; init; }

        public string? AfterSummary { get; init; }
    }
}
