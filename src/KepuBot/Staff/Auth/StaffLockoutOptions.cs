using System.ComponentModel.DataAnnotations;

namespace KepuBot.Staff.Auth;

/// <summary>
/// Section <c>Staff:Lockout</c>: after <see cref="Threshold"/> failed sign-ins in a row an account name is locked for
/// <see cref="Duration"/>, and each further failure after a lock doubles it, up to <see cref="MaxDuration"/>. The
/// per-address rate limit slows guessing from one address; this stops guessing one account from many.
/// </summary>
public sealed class StaffLockoutOptions
{
    public const string Section = "Staff:Lockout";

    /// <summary>Failed sign-ins in a row that lock the account name.</summary>
    [Range(1, 1000)]
    public int Threshold { get; set; } = 5;

    /// <summary>The first lock; each further failure once locked doubles it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest lock, however many failures there were.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after the last failure the count starts again from nothing.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromDays(1);
}
