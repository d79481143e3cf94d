namespace KepuBot.Persistence;

/// <summary>A store whose records are only needed for a while (dedupe windows, idle channel conversations).</summary>
public interface IExpiringRecords
{
    /// <summary>Deletes what is no longer needed at <paramref name="now"/>; returns how many records went.</summary>
    Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
