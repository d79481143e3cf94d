using Microsoft.Extensions.Options;

namespace KepuBot.Staff.Auth;

/// <summary>
/// Refuses to start with a staff configuration that would be unsafe or unusable: unknown roles, duplicate names,
/// accounts without a (well-formed) hash, or accounts without a shared signing key.
/// </summary>
public sealed class StaffOptionsValidator : IValidateOptions<StaffOptions>
{
    /// <summary>Minimum signing key length in bytes (HMAC-SHA256 wants at least its block of entropy).</summary>
    public const int MinimumKeyBytes = 32;

    private const int MaxNameLength = 64;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StaffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (account, index) in options.Accounts.Select((a, i) => (a, i)))
        {
            var where = $"Staff:Accounts:{index}";
            if (string.IsNullOrWhiteSpace(account.Name) || account.Name.Length > MaxNameLength || account.Name.Any(char.IsControl))
            {
                failures.Add($"{where}:Name must be 1–{MaxNameLength} printable characters.");
            }
            else if (!seen.Add(account.Name.Trim()))
            {
                failures.Add($"{where}:Name '{account.Name}' is used twice.");
            }

            if (!StaffRoles.IsKnown(account.Role))
            {
                failures.Add($"{where}:Role must be one of {string.Join(", ", StaffRoles.All.Select(r => $"'{r}'"))}.");
            }

            if (account.PasswordHash is null && account.TokenHash is null)
            {
                failures.Add($"{where} needs a PasswordHash (staff hash-password) or a TokenHash (staff new-token).");
            }

            foreach (var hash in new[] { account.PasswordHash, account.TokenHash }.OfType<string>())
            {
                if (!SecretHasher.IsWellFormed(hash))
                {
                    failures.Add($"{where} has a malformed hash; create it with 'staff hash-password' or 'staff new-token' (plain secrets are not accepted).");
                }
            }
        }

        if (options.Accounts.Count > 0 && SigningKeyBytes(options.SigningKey) is null)
        {
            failures.Add($"Staff:SigningKey must be base64 of at least {MinimumKeyBytes} random bytes (staff new-signing-key), the same on every instance.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The decoded signing key, or null when missing or too short.</summary>
    public static byte[]? SigningKeyBytes(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key.Trim(), buffer, out var written) && written >= MinimumKeyBytes ? buffer[..written] : null;
    }
}
