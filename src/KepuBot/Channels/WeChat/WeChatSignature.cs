using System.Security.Cryptography;
using System.Text;

namespace KepuBot.Channels.WeChat;

/// <summary>WeChat's request signatures: SHA1 over the parts sorted ordinally and concatenated, in lowercase hex.</summary>
internal static class WeChatSignature
{
    public static string Compute(params string[] parts)
    {
        var sorted = (string[])parts.Clone();
        // Ordinal, not the culture-aware default: the two orders differ once mixed case is involved (PROTOCOLS.md A.2).
        Array.Sort(sorted, StringComparer.Ordinal);
#pragma warning disable CA5350 // SHA1 is what the WeChat protocol specifies; it is not our choice.
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted)));
#pragma warning restore CA5350
        return Convert.ToHexStringLower(hash);
    }

    public static bool Matches(string? signature, params string[] parts)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(parts));
        var actual = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
