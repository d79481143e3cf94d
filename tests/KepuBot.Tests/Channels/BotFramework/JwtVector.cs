using System.Security.Cryptography;
using System.Text.Json;

namespace KepuBot.Tests.Channels.BotFramework;

/// <summary>The fixed RSA key, JWKS and token of PROTOCOLS.md appendix A.3 (a test key, not a real channel's).</summary>
public static class JwtVector
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "BotFramework", "Fixtures", "bf_jwt_vector.json"))).RootElement;

    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string KeyId = "test-kid-1";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    /// <summary>The vector's valid window is nbf 1700000000 to exp 1700003600.</summary>
    public static DateTimeOffset InsideLifetime { get; } = DateTimeOffset.FromUnixTimeSeconds(1700001000);

    public static string Token => Root.GetProperty("token").GetString()!;

    public static string JwksJson => Root.GetProperty("jwks").GetRawText();

    public static RSA PrivateKey()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(Root.GetProperty("privateKeyPkcs8Pem").GetString());
        return rsa;
    }
}
