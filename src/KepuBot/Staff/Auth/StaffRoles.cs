namespace KepuBot.Staff.Auth;

/// <summary>The staff roles and the authorization policies built on them.</summary>
public static class StaffRoles
{
    /// <summary>Works the queues: read, assign, resolve, publish.</summary>
    public const string Staff = "staff";

    /// <summary>Everything staff can do, plus the audit log.</summary>
    public const string Admin = "admin";

    /// <summary>Policy: any signed-in staff member (staff or admin).</summary>
    public const string StaffPolicy = "kepu-staff";

    /// <summary>Policy: admins only.</summary>
    public const string AdminPolicy = "kepu-admin";

    /// <summary>Whether <paramref name="role"/> is a known role.</summary>
    public static bool IsKnown(string? role) => role is Staff or Admin;
}
