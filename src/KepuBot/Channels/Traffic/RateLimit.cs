using System.ComponentModel.DataAnnotations;

namespace KepuBot.Channels.Traffic;

/// <summary>One fixed-window limit: at most <see cref="PermitLimit"/> requests per partition in each <see cref="Window"/>.</summary>
public sealed class RateLimit
{
    /// <summary>Requests allowed per window; 0 turns the limit off.</summary>
    [Range(0, 1_000_000)]
    public int PermitLimit { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public bool Enabled => PermitLimit > 0;
}
