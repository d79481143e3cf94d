using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KepuBot.Tests.Channels.BotFramework;

/// <summary>Mints channel tokens the way Azure Bot Service does, signed with the test vector's key by default.</summary>
public static class ChannelTokens
{
    public const string Issuer = "https://api.botframework.com";

    private static readonly RSA VectorKey = JwtVector.PrivateKey();

    public static string Mint(
        string? serviceUrl,
        string audience = JwtVector.AppId,
        string issuer = Issuer,
        DateTime? expires = null,
        RSA? signingKey = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var exp = expires ?? now.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = exp.AddHours(-1),
            NotBefore = exp.AddHours(-1),
            Expires = exp,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signingKey ?? VectorKey) { KeyId = JwtVector.KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }
}
