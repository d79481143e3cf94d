using KepuKnowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KepuBot.Knowledge;

/// <summary>
/// Ready only when the knowledge index is open and can answer. While the index is being built the service is
/// degraded, not failing: a normal state on every first start, which <c>/healthz</c> still reports as not ready (503)
/// but the logs do not show as a failure.
/// </summary>
public sealed class KnowledgeReadyHealthCheck(KnowledgeBase knowledge) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(knowledge.IsReady
            ? HealthCheckResult.Healthy($"index {knowledge.Index.Version}")
            : HealthCheckResult.Degraded("knowledge index is still being built"));
}
