using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KepuBot.Staff.Auth;

/// <summary>
/// Hashes and checks staff secrets. Passwords use PBKDF2-SHA256 with a random salt
/// (<c>pbkdf2-sha256$iterations$salt$hash</c>, slow on purpose); API tokens are long random strings, so a plain
/// SHA-256 (<c>sha256$hash</c>) is enough and keeps scripted sign-ins cheap.
/// </summary>
public static class SecretHasher
{
    /// <summary>PBKDF2 iterations for new password hashes (OWASP's 2023 advice for SHA-256).</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>Fewer iterations than this make a configured hash invalid.</summary>
    public const int MinimumIterations = 100_000;

    private const string PasswordScheme = "pbkdf2-sha256";
    private const string TokenScheme = "sha256";
    private const string TokenPrefix = "kpst_";

    /// <summary>Hashes a password for <c>Staff:Accounts:n:PasswordHash</c>.</summary>
    public static string HashPassword(string password, int iterations = DefaultIterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinimumIterations);
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, 32);
        return string.Join('$', PasswordScheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>A new random API token and its hash for <c>Staff:Accounts:n:TokenHash</c>.</summary>
    public static (string Token, string Hash) NewToken()
    {
        var token = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, HashToken(token));
    }

    /// <summary>The hash of an API token.</summary>
    public static string HashToken(string token) =>
        TokenScheme + "$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether <paramref name="hash"/> is a well-formed password or token hash.</summary>
    public static bool IsWellFormed(string? hash) => hash is not null && (TryParsePassword(hash, out _, out _, out _) || TryParseToken(hash, out _));

    /// <summary>Checks a secret against a password hash or a token hash, in constant time for a given hash.</summary>
    public static bool Verify(string secret, string? hash)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (hash is null)
        {
            return false;
        }

        if (TryParsePassword(hash, out var iterations, out var salt, out var expected))
        {
            var actual = Rfc2898DeriveBytes.Pbkdf2(secret, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }

        return TryParseToken(hash, out var tokenHash)
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), tokenHash);
    }

    private static bool TryParsePassword(string hash, out int iterations, out byte[] salt, out byte[] expected)
    {
        iterations = 0;
        salt = expected = [];
        var parts = hash.Split('$');
        return parts.Length == 4 && parts[0] == PasswordScheme
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) && iterations >= MinimumIterations
            && TryBase64(parts[2], out salt) && salt.Length >= 16
            && TryBase64(parts[3], out expected) && expected.Length == 32;
    }

    private static bool TryParseToken(string hash, out byte[] tokenHash)
    {
        tokenHash = [];
        var parts = hash.Split('$');
        if (parts.Length != 2 || parts[0] != TokenScheme || parts[1].Length != 64)
        {
            return false;
        }

        try
        {
            tokenHash = Convert.FromHexString(parts[1]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool TryBase64(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length];
        if (Convert.TryFromBase64String(text, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }
}
