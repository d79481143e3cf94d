using System.Data;
using Dapper;
using KepuBot.Persistence;

namespace KepuBot.Rumors;

/// <summary>
/// The spreading-alert outbox in the service database (SQLite or PostgreSQL): alerts are inserted in the same transaction as the report
/// that set them off (<see cref="InsertAsync"/>), then leased and completed by the sender. SQL runs unchanged on
/// PostgreSQL.
/// </summary>
public sealed class DatabaseRumorAlertOutbox : IRumorAlertOutbox
{

    private readonly KepuDatabase _database;

    /// <summary>Uses the service database (table from migration 0005).</summary>
    public DatabaseRumorAlertOutbox(KepuDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Queues an alert for <paramref name="caseId"/> inside the caller's transaction.</summary>
    public static Task InsertAsync(IDbConnection connection, IDbTransaction transaction, string caseId, long reportsInWindow, DateTimeOffset at, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO rumor_alerts (id, case_id, reports_in_window, created_at, attempts, next_attempt_at)
            VALUES (@id, @caseId, @reportsInWindow, @at, 0, @at)
            """,
            new { id = Guid.NewGuid().ToString("N"), caseId, reportsInWindow, at = StoredTime.Format(at) },
            transaction,
            cancellationToken: cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<RumorAlert>> LeaseDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken) =>
        _database.WriteAsync<IReadOnlyList<RumorAlert>>(
            async (connection, transaction) =>
            {
                var nowText = StoredTime.Format(now);
                var due = await connection.QueryAsync<(string Id, string CaseId, long ReportsInWindow, string CreatedAt, long Attempts)>(Command(
                    """
                    SELECT id, case_id, reports_in_window, created_at, attempts FROM rumor_alerts
                    WHERE delivered_at IS NULL AND next_attempt_at IS NOT NULL AND next_attempt_at <= @nowText
                      AND (lease_until IS NULL OR lease_until < @nowText)
                    ORDER BY next_attempt_at LIMIT @max
                    """,
                    new { nowText, max },
                    transaction,
                    cancellationToken));
                var leased = new List<RumorAlert>();
                foreach (var alert in due)
                {
                    // The condition repeats the due check so that another instance's lease taken meanwhile wins.
                    var taken = await connection.ExecuteAsync(Command(
                        "UPDATE rumor_alerts SET lease_until = @until WHERE id = @Id AND delivered_at IS NULL AND (lease_until IS NULL OR lease_until < @nowText)",
                        new { alert.Id, until = StoredTime.Format(now + lease), nowText },
                        transaction,
                        cancellationToken));
                    if (taken == 1)
                    {
                        leased.Add(new RumorAlert(alert.Id, alert.CaseId, alert.ReportsInWindow, StoredTime.Parse(alert.CreatedAt), (int)alert.Attempts));
                    }
                }

                return leased;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task CompleteAsync(string alertId, bool delivered, DateTimeOffset at, DateTimeOffset? retryAt, string? failure, CancellationToken cancellationToken) =>
        _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(Command(
                """
                UPDATE rumor_alerts SET attempts = attempts + 1, lease_until = NULL, last_error = @error,
                    delivered_at = @deliveredAt, next_attempt_at = @nextAttempt
                WHERE id = @alertId
                """,
                new
                {
                    alertId,
                    error = failure,
                    deliveredAt = delivered ? StoredTime.Format(at) : null,
                    nextAttempt = !delivered && retryAt is { } retry ? StoredTime.Format(retry) : null,
                },
                transaction,
                cancellationToken)),
            cancellationToken);

    private static CommandDefinition Command(string sql, object? parameters, IDbTransaction? transaction, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
