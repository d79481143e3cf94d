using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KepuBot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line credentials. Tokens are HS256 JWTs signed with a key derived from the secret and
/// bound to one conversation; a JWT because Web Chat reads an embedded <c>user</c> claim as the user id. Stream tokens
/// (the <c>t=</c> of a streamUrl) are separate and short-lived because URLs end up in logs. Everything is derived from
/// the configured secret alone, so any instance with the same <c>DirectLine:Secret</c> accepts any other's tokens.
/// </summary>
public sealed partial class DirectLineTokens
{
    public const string ConversationScope = "conversation";
    public const string StreamScope = "stream";

    private const string Issuer = "kepubot-directline";
    private static readonly TimeSpan StreamTokenLifetime = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private readonly JsonWebTokenHandler _handler = new();
    private readonly byte[] _secret;
    private readonly SymmetricSecurityKey _key;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _clock;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock, ILogger<DirectLineTokens> logger)
    {
        var secret = options.Value.Secret;
        if (string.IsNullOrEmpty(secret))
        {
            secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            LogRandomSecret(logger);
        }

        _secret = Encoding.UTF8.GetBytes(secret);

        // A derived key rather than the secret itself: a token never reveals anything usable as the secret.
        _key = new SymmetricSecurityKey(HMACSHA256.HashData(_secret, "KepuBot Direct Line token key v1"u8));
        _lifetime = options.Value.TokenLifetime;
        _clock = clock;
    }

    /// <summary>Seconds a new conversation token lives.</summary>
    public int LifetimeSeconds => (int)_lifetime.TotalSeconds;

    public bool IsSecret(string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _secret);

    /// <summary>A conversation token, optionally naming the user it speaks for.</summary>
    public string Issue(string conversationId, string? userId) => Create(conversationId, userId, ConversationScope, _lifetime);

    public string IssueStream(string conversationId) => Create(conversationId, null, StreamScope, StreamTokenLifetime);

    /// <summary>The token's caller, or why it is refused (403 TokenExpired / TokenInvalid).</summary>
    public async Task<DirectLineAuth> CheckAsync(string token, string scope)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,

            // Checked below with the injected clock, to tell "expired" (refresh or restart) from "forged".
            ValidateLifetime = false,
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt
            || !jwt.TryGetPayloadValue<string>("scope", out var actualScope) || actualScope != scope
            || !jwt.TryGetPayloadValue<string>("conv", out var conversationId))
        {
            return DirectLineAuth.Forbidden("TokenInvalid", "token is not valid");
        }

        var expires = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero);
        if (_clock.GetUtcNow() > expires + ClockSkew)
        {
            return DirectLineAuth.Forbidden("TokenExpired", "token has expired");
        }

        jwt.TryGetPayloadValue<string>("user", out var userId);
        return DirectLineAuth.Ok(new DirectLineCaller(false, conversationId, userId, token, expires));
    }

    private string Create(string conversationId, string? userId, string scope, TimeSpan lifetime)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { ["conv"] = conversationId, ["scope"] = scope };
        if (userId is not null)
        {
            claims["user"] = userId;
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "DirectLine:Secret is empty, so this process generated a random secret of its own: its Direct Line tokens are refused by every other instance and after a restart, and tokens/generate cannot be called. Set DirectLine:Secret, the same on every instance")]
    private static partial void LogRandomSecret(ILogger logger);
}
