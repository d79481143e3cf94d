using Microsoft.IdentityModel.Tokens;

namespace KepuBot.Channels.BotFramework;

/// <summary>The channel's signing keys and, per key id, the channels each key is endorsed for.</summary>
public sealed record ChannelSigningKeys(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements)
{
    public bool Has(string? keyId) => keyId is not null && Keys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
}
