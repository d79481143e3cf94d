namespace KepuBot.Staff.Auth;

/// <summary>The staff roles and the authorization policies built on them.</summary>
public static class StaffRoles
{
    /// <summary>Works the queues (read, assign, resolve) and drafts library articles and FAQ entries.</summary>
    public const string Staff = "staff";

    /// <summary>Everything staff can do, plus approving and retiring library items (never their own).</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Everything, including reviewing and the audit log.</summary>
    public const string Admin = "admin";

    /// <summary>Policy: any signed-in staff member (staff, reviewer or admin).</summary>
    public const string StaffPolicy = "kepu-staff";

    /// <summary>Policy: those who may approve and retire library items (reviewer or admin).</summary>
    public const string ReviewerPolicy = "kepu-reviewer";

    /// <summary>Policy: admins only.</summary>
    public const string AdminPolicy = "kepu-admin";

    /// <summary>Every role, for configuration checks and messages.</summary>
    public static IReadOnlyList<string> All { get; } = [Staff, Reviewer, Admin];

    /// <summary>Whether <paramref name="role"/> is a known role.</summary>
    public static bool IsKnown(string? role) => role is Staff or Reviewer or Admin;

    /// <summary>Whether <paramref name="role"/> may approve and retire library items.</summary>
    public static bool CanReview(string? role) => role is Reviewer or Admin;
}
