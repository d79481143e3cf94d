using System.Security.Cryptography;
using System.Text;
using Dapper;
using KepuBot.Persistence;
using Microsoft.Extensions.Options;

namespace KepuBot.Staff.Auth;

/// <summary>
/// Counts failed sign-ins per account name in the database, so every instance sees the same count and lock, and locks
/// a name with back-off (<see cref="StaffLockoutOptions"/>). Names that match no account are counted the same way,
/// so the answers never tell which names exist. A successful sign-in clears the count.
/// </summary>
public sealed class SignInLockout(KepuDatabase database, IOptions<StaffLockoutOptions> options, TimeProvider clock) : IExpiringRecords
{
    /// <summary>How long <paramref name="name"/> stays locked, or null when it may sign in.</summary>
    public async Task<TimeSpan?> LockedForAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var until = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT locked_until FROM staff_sign_in_failures WHERE account_key = @key",
            new { key = Key(name) },
            cancellationToken: cancellationToken));
        var left = until is null ? TimeSpan.Zero : SqlValues.ParseTime(until) - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : null;
    }

    /// <summary>Counts a failed sign-in for <paramref name="name"/>, locking it once the threshold is reached.</summary>
    public Task<SignInFailure> RecordFailureAsync(string name, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var key = Key(name);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                // One statement, so failures arriving at two instances at once are both counted.
                var failures = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    """
                    INSERT INTO staff_sign_in_failures (account_key, failures, last_failure_at) VALUES (@key, 1, @now)
                    ON CONFLICT (account_key) DO UPDATE SET
                        failures = CASE WHEN staff_sign_in_failures.last_failure_at <= @forgotten THEN 1 ELSE staff_sign_in_failures.failures + 1 END,
                        last_failure_at = excluded.last_failure_at
                    RETURNING failures
                    """,
                    new { key, now = SqlValues.Time(now), forgotten = SqlValues.Time(now - settings.ForgetAfter) },
                    transaction,
                    cancellationToken: cancellationToken));
                if (failures < settings.Threshold)
                {
                    return new SignInFailure(failures, null);
                }

                var lockFor = settings.Duration;
                for (var doubling = settings.Threshold; doubling < failures && lockFor < settings.MaxDuration; doubling++)
                {
                    lockFor *= 2;
                }

                var until = now + (lockFor < settings.MaxDuration ? lockFor : settings.MaxDuration);
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE staff_sign_in_failures SET locked_until = @until WHERE account_key = @key",
                    new { key, until = SqlValues.Time(until) },
                    transaction,
                    cancellationToken: cancellationToken));
                return new SignInFailure(failures, until);
            },
            cancellationToken);
    }

    /// <summary>Clears the count after a successful sign-in.</summary>
    public Task ResetAsync(string name, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM staff_sign_in_failures WHERE account_key = @key",
                new { key = Key(name) },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM staff_sign_in_failures WHERE last_failure_at <= @forgotten AND (locked_until IS NULL OR locked_until <= @now)",
                new { now = SqlValues.Time(now), forgotten = SqlValues.Time(now - options.Value.ForgetAfter) },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);

    // Names are matched case-insensitively, as the directory matches them; what was typed is never stored as typed.
    private static string Key(string name) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name.Trim().ToUpperInvariant())));
}
