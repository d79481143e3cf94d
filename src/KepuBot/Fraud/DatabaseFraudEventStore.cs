using System.Globalization;
using System.Text.Json;
using Dapper;
using KepuBot.Persistence;

namespace KepuBot.Fraud;

/// <summary>Fraud-risk events in the service's database (SQLite or PostgreSQL), shared by every instance.</summary>
public sealed class DatabaseFraudEventStore(KepuDatabase database) : IFraudEventStore
{
    private const string DayFormat = "yyyy-MM-dd";

    /// <inheritdoc />
    public Task RecordAsync(FraudEvent fraudEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fraudEvent);
        return database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO fraud_events (id, at, day, channel, turn_id, risk, scenario, message, cues)
                VALUES (@id, @at, @day, @Channel, @TurnId, @Risk, @Scenario, @Message, @cues)
                """,
                new
                {
                    id = Guid.NewGuid().ToString("N"),
                    at = SqlValues.Time(fraudEvent.At),
                    day = Day(fraudEvent.Day),
                    fraudEvent.Channel,
                    fraudEvent.TurnId,
                    fraudEvent.Risk,
                    fraudEvent.Scenario,
                    fraudEvent.Message,
                    cues = JsonSerializer.Serialize(fraudEvent.Cues),
                },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FraudCount>> CountsAsync(DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Day, string Scenario, string Risk, long Count)>(new CommandDefinition(
            """
            SELECT day, scenario, risk, COUNT(*) FROM fraud_events WHERE day >= @from AND day <= @to
            GROUP BY day, scenario, risk ORDER BY day, scenario, risk
            """,
            new { from = Day(firstDay), to = Day(lastDay) },
            cancellationToken: cancellationToken));
        return rows.Select(r => new FraudCount(ParseDay(r.Day), r.Scenario, r.Risk, r.Count)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FraudEvent>> RecentAsync(int limit, string? scenario, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string At, string Day, string Channel, string TurnId, string Risk, string Scenario, string Message, string Cues)>(new CommandDefinition(
            """
            SELECT at, day, channel, turn_id, risk, scenario, message, cues FROM fraud_events
            WHERE @scenario IS NULL OR scenario = @scenario ORDER BY at DESC LIMIT @limit
            """,
            new { scenario, limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => new FraudEvent(
            SqlValues.ParseTime(r.At), ParseDay(r.Day), r.Channel, r.TurnId, r.Risk, r.Scenario, r.Message,
            JsonSerializer.Deserialize<List<string>>(r.Cues) ?? [])).ToList();
    }

    private static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string day) => DateOnly.ParseExact(day, DayFormat, CultureInfo.InvariantCulture);
}
