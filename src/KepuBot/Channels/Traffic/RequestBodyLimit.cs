using Microsoft.AspNetCore.Http.Features;

namespace KepuBot.Channels.Traffic;

/// <summary>
/// Applies the endpoint's body limit (<see cref="ChannelTraffic.BodyLimit(HttpContext)"/>):
/// a body whose declared length is over it is refused before anything is read, and the server is told the limit so a
/// longer chunked body is stopped while it is read. A server without the body-size feature (the in-memory test server)
/// still gets the first check. The refusal is a <see cref="BadHttpRequestException"/> 413, which the host's bad-request
/// handler logs and answers with the reason.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.BodyLimit();
        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException($"request body over {limit} bytes", StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            server.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
