using KepuBot.Channels.Activities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KepuBot.Channels.BotFramework;

/// <summary>
/// Validates the JWT a Bot Framework channel sends with every activity (PROTOCOLS.md §1.4): issuer, audience = our
/// app id, RS256/384/512 signature by a published key endorsed for the activity's channel, lifetime with 5 minutes
/// of skew, and the <c>serviceurl</c> claim equal to the activity's serviceUrl — the last one is what makes it safe
/// to send our own bearer token to that URL.
/// </summary>
public sealed class ChannelTokenValidator(ChannelKeyCache keys, IOptions<BotOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<ChannelAuthResult> ValidateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.AuthenticationEnabled)
        {
            return ChannelAuthResult.Passed;
        }

        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal) || authorization.Length <= 7)
        {
            return ChannelAuthResult.Reject("no bearer token");
        }

        var token = authorization[7..].Trim();
        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return ChannelAuthResult.Reject("token is not a JWT");
        }

        // Checked before fetching keys so that junk tokens never cause outbound calls.
        if (!settings.EffectiveIssuers.Contains(jwt.Issuer, StringComparer.Ordinal))
        {
            return ChannelAuthResult.Reject("untrusted issuer");
        }

        ChannelSigningKeys signing;
        try
        {
            signing = await keys.GetAsync(jwt.Kid, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever went wrong fetching or parsing the keys, the channel gets a retryable 503, not a 500.
            return new ChannelAuthResult(StatusCodes.Status503ServiceUnavailable, "signing keys unavailable: " + e.Message);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(settings, signing));
        if (!result.IsValid)
        {
            return ChannelAuthResult.Reject(result.Exception?.GetType().Name ?? "invalid token");
        }

        if (!IsEndorsed(signing, jwt.Kid, activity.ChannelId))
        {
            return ChannelAuthResult.Reject("signing key not endorsed for channel");
        }

        if (activity.ServiceUrl is not null
            && !(jwt.TryGetPayloadValue<string>("serviceurl", out var claimed)
                 && string.Equals(claimed, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)))
        {
            return ChannelAuthResult.Reject("serviceurl claim does not match the activity");
        }

        return ChannelAuthResult.Passed;
    }

    private TokenValidationParameters Parameters(BotOptions settings, ChannelSigningKeys signing) => new()
    {
        ValidIssuers = settings.EffectiveIssuers,
        ValidAudience = settings.AppId,
        IssuerSigningKeys = signing.Keys,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,

        // Our own lifetime check so the clock is the injected one (tests replay a token minted in 2023).
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return expires is { } exp && now <= exp + ClockSkew && (notBefore is not { } nbf || now >= nbf - ClockSkew);
        },
    };

    /// <summary>A key without endorsements is refused, as the SDK does for channel tokens.</summary>
    private static bool IsEndorsed(ChannelSigningKeys signing, string? keyId, string? channelId) =>
        keyId is not null
        && signing.Endorsements.TryGetValue(keyId, out var channels)
        && (string.IsNullOrEmpty(channelId) || channels.Contains(channelId, StringComparer.Ordinal));
}
