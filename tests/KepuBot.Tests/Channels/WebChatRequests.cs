namespace KepuBot.Tests.Channels;

/// <summary>
/// The headers the official clients set on their calls to the service, copied from their code rather than from the
/// service's CORS policy, so a policy that drops one of them fails the preflight tests.
/// </summary>
/// <remarks>
/// Sources, under <c>tests/directline-node/node_modules/</c> (the locked versions in its package-lock.json):
/// <list type="bullet">
/// <item><c>botframework-webchat/dist/webchat.js</c> (4.18.1, the browser bundle the Web Chat tests load), which
/// bundles DirectLineJS 0.15.5 (<c>botframework-webchat/node_modules/botframework-directlinejs/lib/directLine.js</c>):
/// <c>commonHeaders()</c> sets <c>Authorization: Bearer …</c> and <c>x-ms-bot-agent</c> on every call;
/// <c>startConversation</c> adds <c>Accept</c> and <c>Content-Type: application/json</c>, <c>postActivity</c>
/// <c>Content-Type: application/json</c>, the polling GET and the reconnect GET <c>Accept: application/json</c>;
/// <c>refreshToken</c> sets only the common headers.</item>
/// <item>rxjs 5's ajax (<c>rxjs/observable/dom/AjaxObservable.js</c>, also in the bundle), through which DirectLineJS
/// calls, adds <c>X-Requested-With: XMLHttpRequest</c> to every request not marked <c>crossDomain</c>; DirectLineJS
/// never marks one.</item>
/// <item>The service's own chat page (<c>src/KepuBot/wwwroot/app.js</c>), which a page on another site copies:
/// <c>Content-Type: application/json</c> on <c>/api/ask</c> and <c>/api/feedback</c>.</item>
/// </list>
/// </remarks>
public static class WebChatRequests
{
    private const string Json = "application/json";

    public static IReadOnlyDictionary<string, string> StartConversation { get; } =
        Headers(("Accept", Json), ("Content-Type", Json));

    public static IReadOnlyDictionary<string, string> PostActivity { get; } = Headers(("Content-Type", Json));

    /// <summary>Polling for activities (<c>webSocket: false</c>) and reconnecting to a conversation.</summary>
    public static IReadOnlyDictionary<string, string> Get { get; } = Headers(("Accept", Json));

    public static IReadOnlyDictionary<string, string> RefreshToken { get; } = Headers();

    /// <summary>The chat page's JSON calls to <c>/api/ask</c> and <c>/api/feedback</c>.</summary>
    public static IReadOnlyDictionary<string, string> ChatPageJson { get; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = Json };

    // Every DirectLineJS call: commonHeaders() and rxjs ajax's X-Requested-With, plus the call's own.
    private static Dictionary<string, string> Headers(params (string Name, string Value)[] own)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Authorization"] = "Bearer token",
            ["x-ms-bot-agent"] = "DirectLine/3.0 (directlinejs; WebChat/4.18.1 (Full) 0.15.5)",
            ["X-Requested-With"] = "XMLHttpRequest",
        };
        foreach (var (name, value) in own)
        {
            headers[name] = value;
        }

        return headers;
    }
}
