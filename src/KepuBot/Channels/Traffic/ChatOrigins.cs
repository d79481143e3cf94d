using Microsoft.Extensions.Options;

namespace KepuBot.Channels.Traffic;

/// <summary>
/// Which browser origins may use the chat APIs: the service's own, plus <c>Cors:AllowedOrigins</c>. CORS covers fetch
/// and XHR; a WebSocket handshake is not subject to CORS, so the Direct Line stream asks this directly.
/// </summary>
public sealed class ChatOrigins(IOptions<CorsOriginOptions> options)
{
    /// <summary>True for non-browser callers (no <c>Origin</c>), the service's own origin and configured ones.</summary>
    public bool Allows(HttpRequest request)
    {
        string? origin = request.Headers.Origin;
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        var own = $"{request.Scheme}://{request.Host}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || options.Value.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase);
    }
}
