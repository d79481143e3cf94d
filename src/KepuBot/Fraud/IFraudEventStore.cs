namespace KepuBot.Fraud;

/// <summary>The record of fraud-risk messages behind the staff console's 反诈统计.</summary>
public interface IFraudEventStore
{
    /// <summary>Stores one event; committed before it returns.</summary>
    Task RecordAsync(FraudEvent fraudEvent, CancellationToken cancellationToken);

    /// <summary>Counts per day, scenario and risk for the days from <paramref name="firstDay"/> to <paramref name="lastDay"/> inclusive.</summary>
    Task<IReadOnlyList<FraudCount>> CountsAsync(DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken);

    /// <summary>The latest events, newest first, optionally of one scenario.</summary>
    Task<IReadOnlyList<FraudEvent>> RecentAsync(int limit, string? scenario, CancellationToken cancellationToken);
}
