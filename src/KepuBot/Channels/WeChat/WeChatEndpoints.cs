using KepuBot.Channels.Traffic;
using Microsoft.Extensions.Options;

namespace KepuBot.Channels.WeChat;

/// <summary>Maps <c>/wechat</c>, the server URL entered in the WeChat console.</summary>
public static class WeChatEndpoints
{
    /// <summary>Maps <c>GET /wechat</c> (URL verification) and <c>POST /wechat</c> (messages) when <c>WeChat:Token</c> is set.</summary>
    public static IEndpointRouteBuilder MapWeChatEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Decided here, on the built host, so settings from every configuration source are in.
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<WeChatOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        endpoints.MapGet("/wechat", (HttpRequest request, WeChatHttpHandler handler) => handler.Verify(request.Query))
            .ExcludeFromDescription();
        endpoints.MapPost("/wechat", (HttpRequest request, WeChatHttpHandler handler, CancellationToken cancellationToken) =>
                handler.ReceiveAsync(request, cancellationToken))
            .WithBodyLimit(limits => limits.WeChatBytes)
            .ExcludeFromDescription();
        return endpoints;
    }
}
