namespace KepuBot.Staff.Auth;

/// <summary>One configured staff account. Only hashes of secrets are ever configured.</summary>
public sealed class StaffAccount
{
    /// <summary>Sign-in name, also the name recorded in the audit log.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary><c>staff</c>, <c>reviewer</c> or <c>admin</c> (see <see cref="StaffRoles"/>).</summary>
    public string Role { get; set; } = StaffRoles.Staff;

    /// <summary>A password hash made by <c>staff hash-password</c>.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>An API token hash made by <c>staff new-token</c>, for scripts that sign in without a person.</summary>
    public string? TokenHash { get; set; }
}
