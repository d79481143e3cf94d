using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace KepuBot.Channels.BotFramework;

/// <summary>
/// Fetches and caches the channel signing keys: OpenID metadata → <c>jwks_uri</c> → JWK set. The JWK set is read
/// by hand as well as by IdentityModel because the Bot Framework's <c>endorsements</c> extension is not in the
/// standard model.
/// </summary>
public sealed partial class ChannelKeyCache(
    IHttpClientFactory httpClients,
    IOptions<BotOptions> options,
    TimeProvider clock,
    ILogger<ChannelKeyCache> logger) : IDisposable
{
    public const string HttpClientName = "KepuBot.BotFramework.OpenId";

    // Keys rotate rarely (the SDK refreshes every 5 days); a day is cautious. Unknown key ids force a refresh, but
    // at most every few minutes so forged tokens cannot make us hammer the metadata endpoint.
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(24);
    private static readonly TimeSpan MinForcedRefreshGap = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private ChannelSigningKeys? _keys;
    private DateTimeOffset _fetchedAt;

    /// <summary>The cached keys, fetched when stale or (rate-limited) when <paramref name="keyId"/> is unknown.</summary>
    public async Task<ChannelSigningKeys> GetAsync(string? keyId, CancellationToken cancellationToken)
    {
        if (_keys is { } cached && !IsStale() && (cached.Has(keyId) || !MayForceRefresh()))
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_keys is { } again && !IsStale() && (again.Has(keyId) || !MayForceRefresh()))
            {
                return again;
            }

            _keys = await FetchAsync(cancellationToken);
            _fetchedAt = clock.GetUtcNow();
            LogFetched(_keys.Keys.Count);
            return _keys;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsStale() => clock.GetUtcNow() - _fetchedAt > RefreshAfter;

    private bool MayForceRefresh() => clock.GetUtcNow() - _fetchedAt > MinForcedRefreshGap;

    private async Task<ChannelSigningKeys> FetchAsync(CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(options.Value.OpenIdMetadataUrl, cancellationToken));
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
            ?? throw new InvalidOperationException("OpenID metadata has no jwks_uri");

        var jwksJson = await http.GetStringAsync(new Uri(jwksUri), cancellationToken);
        var set = new JsonWebKeySet(jwksJson);
        return new ChannelSigningKeys([.. set.Keys], ReadEndorsements(jwksJson));
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string jwksJson)
    {
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var jwks = JsonDocument.Parse(jwksJson);
        foreach (var key in jwks.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.GetString() is { } id
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[id] = [.. list.EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
            }
        }

        return endorsements;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {Count} Bot Framework signing keys")]
    private partial void LogFetched(int count);
}
