using System.Security.Claims;

namespace KepuBot.Staff.Auth;

/// <summary>The signed-in staff member behind a request.</summary>
/// <param name="Name">Account name.</param>
/// <param name="Role">Account role.</param>
public sealed record StaffMember(string Name, string Role)
{
    /// <summary>Claim types carried in staff tokens.</summary>
    public const string NameClaim = "sub";

    /// <summary>Role claim type.</summary>
    public const string RoleClaim = "role";

    /// <summary>Whether this member is an admin.</summary>
    public bool IsAdmin => Role == StaffRoles.Admin;

    /// <summary>Whether this member may approve and retire library items (never their own).</summary>
    public bool CanReview => StaffRoles.CanReview(Role);

    /// <summary>The member an authenticated staff request belongs to.</summary>
    /// <exception cref="InvalidOperationException">The endpoint was mapped without staff authorization.</exception>
    public static StaffMember From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.FindFirst(NameClaim)?.Value;
        var role = user.FindFirst(RoleClaim)?.Value;
        return name is not null && StaffRoles.IsKnown(role)
            ? new StaffMember(name, role!)
            : throw new InvalidOperationException("No staff member on this request; map staff endpoints under MapStaffApi.");
    }
}
