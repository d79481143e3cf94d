using System.ComponentModel.DataAnnotations;

namespace KepuBot.Rumors;

/// <summary>The <c>Rumors</c> configuration section: grouping, spreading and alerts of the 辟谣 follow-up queue.</summary>
public sealed class RumorQueueOptions : IValidatableObject
{
    /// <summary>Section name.</summary>
    public const string Section = "Rumors";

    /// <summary>How alike (0–1) a report's claim must be to a case's claims to join it.</summary>
    [Range(0.3, 1.0)]
    public double SimilarityThreshold { get; set; } = 0.55;

    /// <summary>Reports within <see cref="SpreadingWindow"/> that mark a case as spreading.</summary>
    [Range(2, 100_000)]
    public int SpreadingThreshold { get; set; } = 5;

    /// <summary>The spreading window.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan SpreadingWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Where spreading alerts are POSTed as JSON; empty = no alerts.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Delivery attempts per alert before giving up.</summary>
    [Range(1, 100)]
    public int WebhookMaxAttempts { get; set; } = 8;

    /// <summary>Wait before the first retry; doubles after each failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between retries, however many attempts have failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan WebhookMaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Time allowed for one delivery.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the sender looks for due alerts (it is also woken at once by a new one).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan WebhookPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a debunk published from the queue stays citable before it must be reviewed again.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "1830.00:00:00")]
    public TimeSpan PublishedReviewPeriod { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Whether alerts are on.</summary>
    public bool AlertsEnabled => !string.IsNullOrWhiteSpace(WebhookUrl);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AlertsEnabled && !(Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("Rumors:WebhookUrl must be an absolute http(s) URL.", [nameof(WebhookUrl)]);
        }
    }
}
