namespace KepuBot.Rumors;

/// <summary>Spreading alerts waiting for webhook delivery (queued by <see cref="IRumorQueueStore.AddReportAsync"/>).</summary>
public interface IRumorAlertOutbox
{
    /// <summary>Leases up to <paramref name="max"/> undelivered alerts that are due, so only one sender works on each.</summary>
    Task<IReadOnlyList<RumorAlert>> LeaseDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Records a delivery attempt: delivered, or to retry at <paramref name="retryAt"/> (null = give up).</summary>
    Task CompleteAsync(string alertId, bool delivered, DateTimeOffset at, DateTimeOffset? retryAt, string? failure, CancellationToken cancellationToken);
}
