namespace KepuBot.Tests.Channels;

/// <summary>
/// The OPTIONS request a browser sends before a cross-origin call, built from the headers the calling script sets
/// the way the browser builds it (Fetch standard): the names of the headers that are not CORS-safelisted,
/// lower-cased, sorted and joined by commas.
/// </summary>
public static class CorsPreflight
{
    public static HttpRequestMessage For(string path, string origin, string method, IReadOnlyDictionary<string, string> scriptHeaders)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        var unsafeNames = RequestHeaders(scriptHeaders);
        if (unsafeNames.Count > 0)
        {
            request.Headers.Add("Access-Control-Request-Headers", string.Join(",", unsafeNames));
        }

        return request;
    }

    /// <summary>The Direct Line conversation start as the official Web Chat sends it (see <see cref="WebChatRequests"/>).</summary>
    public static HttpRequestMessage For(string path, string origin) =>
        For(path, origin, "POST", WebChatRequests.StartConversation);

    /// <summary>What the browser lists in <c>Access-Control-Request-Headers</c> for these script-set headers.</summary>
    public static IReadOnlyList<string> RequestHeaders(IReadOnlyDictionary<string, string> scriptHeaders) =>
        [.. scriptHeaders.Where(header => !IsSafelisted(header.Key, header.Value))
            .Select(header => header.Key.ToLowerInvariant())
            .Order(StringComparer.Ordinal)];

    // The CORS-safelisted request headers (https://fetch.spec.whatwg.org/#cors-safelisted-request-header), for the
    // values these clients send: Accept, Accept-Language and Content-Language, and Content-Type only for the three
    // form and text types. application/json is not one of them, so a JSON POST is preflighted with content-type.
    private static bool IsSafelisted(string name, string value) =>
        name.Equals("Accept", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Accept-Language", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Content-Language", StringComparison.OrdinalIgnoreCase)
        || (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
            && value.Split(';')[0].Trim().ToLowerInvariant() is "application/x-www-form-urlencoded" or "multipart/form-data" or "text/plain");
}
