using Microsoft.Extensions.Options;

namespace KepuBot.Staff.Auth;

/// <summary>The configured staff accounts: sign-in checks and look-ups by name.</summary>
public sealed class StaffDirectory(IOptionsMonitor<StaffOptions> options)
{
    // Checking a password against this for unknown names makes a wrong name cost as much as a wrong password,
    // so response times do not reveal which names exist.
    private static readonly Lazy<string> DecoyHash = new(() => SecretHasher.HashPassword(Guid.NewGuid().ToString("N"), SecretHasher.MinimumIterations));

    /// <summary>Whether any account is configured; without one, staff endpoints stay closed.</summary>
    public bool IsOpen => options.CurrentValue.Accounts.Count > 0;

    /// <summary>The account with this name (names are case-insensitive), if any.</summary>
    public StaffMember? Find(string? name)
    {
        var account = FindAccount(name);
        return account is null ? null : new StaffMember(account.Name.Trim(), account.Role);
    }

    /// <summary>Every account, for assignment pickers.</summary>
    public IReadOnlyList<StaffMember> All() =>
        options.CurrentValue.Accounts.Select(a => new StaffMember(a.Name.Trim(), a.Role)).ToList();

    /// <summary>The member when <paramref name="secret"/> is the account's password or API token; otherwise null.</summary>
    public StaffMember? SignIn(string name, string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var account = FindAccount(name);
        if (account is null)
        {
            SecretHasher.Verify(secret, DecoyHash.Value);
            return null;
        }

        var matches = SecretHasher.Verify(secret, account.PasswordHash) | SecretHasher.Verify(secret, account.TokenHash);
        return matches ? new StaffMember(account.Name.Trim(), account.Role) : null;
    }

    private StaffAccount? FindAccount(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? null
            : options.CurrentValue.Accounts.FirstOrDefault(a => string.Equals(a.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
