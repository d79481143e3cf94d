namespace KepuBot.Tests.Channels;

/// <summary>The OPTIONS request a browser sends before Web Chat's cross-origin request with its headers.</summary>
public static class CorsPreflight
{
    public static HttpRequestMessage For(string path, string origin, string method = "POST")
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        return request;
    }
}
