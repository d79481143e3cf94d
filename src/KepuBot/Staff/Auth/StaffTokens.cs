using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KepuBot.Staff.Auth;

/// <summary>Issues staff bearer tokens (HS256 JWTs signed with <c>Staff:SigningKey</c>) and describes how to check them.</summary>
public sealed class StaffTokens(IOptionsMonitor<StaffOptions> options, TimeProvider clock)
{
    /// <summary>Issuer and audience of staff tokens; a token made for another purpose never passes.</summary>
    public const string Issuer = "kepubot-staff";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    // With no key configured there are no accounts either, so no token is ever issued; validating against a key
    // nobody knows keeps every staff endpoint closed instead of open.
    private static readonly SymmetricSecurityKey Unusable = new(RandomNumberGenerator.GetBytes(32));

    /// <summary>Signs a token for <paramref name="member"/>.</summary>
    public StaffToken Issue(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var now = clock.GetUtcNow();
        var expires = now + options.CurrentValue.TokenLifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity([new Claim(StaffMember.NameClaim, member.Name), new Claim(StaffMember.RoleClaim, member.Role)]),
            SigningCredentials = new SigningCredentials(Key() ?? throw new InvalidOperationException("Staff:SigningKey is not configured."), SecurityAlgorithms.HmacSha256),
        });
        return new StaffToken(token, expires, member.Name, member.Role);
    }

    /// <summary>What a staff token must satisfy; expiry is judged by the service clock.</summary>
    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Issuer,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        IssuerSigningKey = Key() ?? Unusable,
        NameClaimType = StaffMember.NameClaim,
        RoleClaimType = StaffMember.RoleClaim,
        RequireExpirationTime = true,
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return expires is { } end && now < end + ClockSkew && (notBefore is not { } start || now >= start - ClockSkew);
        },
    };

    private SymmetricSecurityKey? Key() =>
        StaffOptionsValidator.SigningKeyBytes(options.CurrentValue.SigningKey) is { } bytes ? new SymmetricSecurityKey(bytes) : null;
}
