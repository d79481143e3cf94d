using System.ComponentModel.DataAnnotations;

namespace KepuBot.Staff.Auth;

/// <summary>The <c>Staff</c> configuration section: who may sign in to the staff console and API.</summary>
public sealed class StaffOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Staff";

    /// <summary>Staff accounts. None configured means every staff endpoint stays closed.</summary>
    public IList<StaffAccount> Accounts { get; } = [];

    /// <summary>
    /// Base64 HMAC key (at least 32 bytes) that signs staff tokens. It comes from configuration, not from the
    /// process, so that every instance behind a load balancer accepts the same tokens. Create one with
    /// <c>staff new-signing-key</c>.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a sign-in lasts.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
