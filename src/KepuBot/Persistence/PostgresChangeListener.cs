using Dapper;

namespace KepuBot.Persistence;

/// <summary>
/// Holds one connection that LISTENs on <see cref="ChangeFeed.Channel"/> and hands other instances' notifications to
/// the <see cref="ChangeFeed"/>. A dropped connection is reopened, after which every subscriber re-reads, because
/// notifications sent meanwhile are gone. Does nothing on SQLite, where there is only one instance.
/// </summary>
public sealed partial class PostgresChangeListener(KepuDatabase database, ChangeFeed feed, ILogger<PostgresChangeListener> logger) : BackgroundService
{
    // An idle LISTEN connection can die silently (a restarted server, a dropped NAT entry); a ping finds out.
    private static readonly TimeSpan PingEvery = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);

    private TimeSpan _retryDelay = FirstRetryDelay;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database is not PostgresDatabase postgres)
        {
            return;
        }

        try
        {
            while (true)
            {
                try
                {
                    await ListenAsync(postgres, stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    LogListenFailed(e, _retryDelay);
                    await Task.Delay(_retryDelay, stoppingToken);
                    _retryDelay = TimeSpan.FromTicks(Math.Min(_retryDelay.Ticks * 2, MaxRetryDelay.Ticks));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task ListenAsync(PostgresDatabase postgres, CancellationToken stoppingToken)
    {
        await using var connection = await postgres.OpenListenerAsync(stoppingToken);
        connection.Notification += (_, e) => feed.OnNotification(e.Payload);
        await connection.ExecuteAsync("LISTEN " + ChangeFeed.Channel);
        LogListening();
        _retryDelay = FirstRetryDelay;
        feed.Resync();
        while (true)
        {
            if (!await connection.WaitAsync(PingEvery, stoppingToken))
            {
                await connection.ExecuteAsync("SELECT 1");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Listening for changes made by other instances")]
    private partial void LogListening();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other instances' changes failed; retrying in {Delay}")]
    private partial void LogListenFailed(Exception exception, TimeSpan delay);
}
