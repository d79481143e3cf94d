namespace KepuBot.Persistence;

/// <summary>
/// Deletes expired records from every <see cref="IExpiringRecords"/> store now and then. Every instance sweeps;
/// deleting what another instance already deleted is harmless.
/// </summary>
public sealed partial class ExpiredRecordsSweeper(IEnumerable<IExpiringRecords> stores, TimeProvider clock, ILogger<ExpiredRecordsSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var store in stores)
            {
                try
                {
                    var pruned = await store.PruneAsync(clock.GetUtcNow(), stoppingToken);
                    LogPruned(store.GetType().Name, pruned);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The next sweep tries again; expired records only take space meanwhile.
                    LogPruneFailed(e, store.GetType().Name);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Store}: pruned {Count} expired records")]
    private partial void LogPruned(string store, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Store}: pruning expired records failed")]
    private partial void LogPruneFailed(Exception exception, string store);
}
