using KepuKnowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KepuBot.Knowledge;

/// <summary>Ready only when the knowledge index is open and can answer.</summary>
public sealed class KnowledgeReadyHealthCheck(KnowledgeBase knowledge) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(knowledge.IsReady
            ? HealthCheckResult.Healthy($"index {knowledge.Index.Version}")
            : HealthCheckResult.Unhealthy("knowledge index is still being built"));
}
