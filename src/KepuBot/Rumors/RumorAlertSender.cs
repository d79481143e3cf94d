using Microsoft.Extensions.Options;

namespace KepuBot.Rumors;

/// <summary>
/// Delivers spreading alerts from the outbox to the configured webhook, off the residents' request path: woken when
/// an alert is queued, polling otherwise (alerts queued by another process or left by a restart), retrying failures
/// with doubling delays (capped at <see cref="RumorQueueOptions.WebhookMaxRetryDelay"/>) up to
/// <see cref="RumorQueueOptions.WebhookMaxAttempts"/>.
/// </summary>
public sealed partial class RumorAlertSender(
    IRumorAlertOutbox outbox,
    IRumorQueueStore queue,
    IHttpClientFactory http,
    RumorAlertSignal signal,
    IOptionsMonitor<RumorQueueOptions> options,
    TimeProvider clock,
    ILogger<RumorAlertSender> logger) : BackgroundService
{
    /// <summary>The named HTTP client used for deliveries.</summary>
    public const string Client = "rumor-webhook";

    private const int Batch = 20;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue;
            if (settings.AlertsEnabled)
            {
                try
                {
                    await DeliverDueAsync(settings, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // A failing database or receiver must never take the service down with it; the alert stays
                    // in the outbox and the next round tries again.
                    LogOutboxFailed(ex);
                }
            }

            await signal.WaitAsync(settings.WebhookPollInterval, stoppingToken);
        }
    }

    private async Task DeliverDueAsync(RumorQueueOptions settings, CancellationToken stoppingToken)
    {
        var lease = settings.WebhookTimeout * 2;
        foreach (var alert in await outbox.LeaseDueAsync(clock.GetUtcNow(), lease, Batch, stoppingToken))
        {
            var failure = await SendAsync(alert, settings, stoppingToken);
            var now = clock.GetUtcNow();
            var attempts = alert.Attempts + 1;
            DateTimeOffset? retryAt = failure is null || attempts >= settings.WebhookMaxAttempts
                ? null
                : now + TimeSpan.FromTicks(Math.Min(settings.WebhookMaxRetryDelay.Ticks, settings.WebhookRetryDelay.Ticks * (1L << Math.Min(attempts - 1, 20))));
            await outbox.CompleteAsync(alert.Id, failure is null, now, retryAt, failure, stoppingToken);
            if (failure is null)
            {
                LogDelivered(alert.Id, alert.CaseId, attempts);
            }
            else
            {
                LogDeliveryFailed(alert.Id, attempts, failure, retryAt);
            }
        }
    }

    private async Task<string?> SendAsync(RumorAlert alert, RumorQueueOptions settings, CancellationToken stoppingToken)
    {
        var @case = await queue.GetAsync(alert.CaseId, clock.GetUtcNow() - settings.SpreadingWindow, stoppingToken);
        if (@case is null)
        {
            return "case not found";
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(settings.WebhookTimeout);
        try
        {
            using var client = http.CreateClient(Client);
            using var response = await client.PostAsJsonAsync(new Uri(settings.WebhookUrl!), RumorAlertPayload.From(alert, @case, settings.SpreadingWindow), timeout.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !stoppingToken.IsCancellationRequested))
        {
            return ex is OperationCanceledException ? "timed out" : ex.Message;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Spreading alert {AlertId} for case {CaseId} delivered on attempt {Attempt}")]
    private partial void LogDelivered(string alertId, string caseId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Spreading alert {AlertId} attempt {Attempt} failed ({Failure}); next attempt {RetryAt}")]
    private partial void LogDeliveryFailed(string alertId, int attempt, string failure, DateTimeOffset? retryAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering spreading alerts failed; retrying at the next poll")]
    private partial void LogOutboxFailed(Exception ex);
}
