using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KepuBot.Persistence;

/// <summary>Ready only when the database answers with an up-to-date schema: an instance that cannot store turns should get no traffic.</summary>
public sealed class DatabaseHealthCheck(KepuDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy(database.Provider.ToString());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{database.Provider} database unavailable", e);
        }
    }
}
