using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KepuBot.Channels.BotFramework;

/// <summary>
/// The bot's client-credentials token for Connector calls (PROTOCOLS.md §1.5), cached until shortly before it
/// expires. Null when authentication is off.
/// </summary>
public sealed class ConnectorTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<BotOptions> options,
    TimeProvider clock) : IDisposable
{
    public const string HttpClientName = "KepuBot.BotFramework.Token";

    // Renew this long before expiry so a token never lapses mid-request.
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAt;

    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.AuthenticationEnabled)
        {
            return null;
        }

        if (_token is { } cached && clock.GetUtcNow() < _renewAt)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } again && clock.GetUtcNow() < _renewAt)
            {
                return again;
            }

            var (token, lifetime) = await RequestAsync(settings, cancellationToken);
            _token = token;
            _renewAt = clock.GetUtcNow() + (lifetime > 2 * Margin ? lifetime - Margin : lifetime / 2);
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(BotOptions settings, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.AppId,
            ["client_secret"] = settings.AppPassword,
            ["scope"] = settings.TokenScope,
        });
        using var response = await httpClients.CreateClient(HttpClientName).PostAsync(settings.TokenEndpoint, form, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var token = body.RootElement.GetProperty("access_token").GetString()
            ?? throw new InvalidOperationException("token response without access_token");
        var seconds = body.RootElement.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var s) ? s : 3600;
        return (token, TimeSpan.FromSeconds(seconds));
    }
}
