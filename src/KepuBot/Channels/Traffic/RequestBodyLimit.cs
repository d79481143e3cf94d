using Microsoft.AspNetCore.Http.Metadata;

namespace KepuBot.Channels.Traffic;

/// <summary>
/// Refuses, before anything is read, a body whose declared length is over the endpoint's
/// <see cref="IRequestSizeLimitMetadata"/>. Routing hands that limit to the server, which stops a longer chunked body
/// while it is read; but a server without the body-size feature (the in-memory test server, some in-process hosts)
/// would read any declared length whole. The refusal is a <see cref="BadHttpRequestException"/> 413, which the host's
/// bad-request handler logs and answers with the reason.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } limit
            && context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException($"request body over {limit} bytes", StatusCodes.Status413PayloadTooLarge);
        }

        return next(context);
    }
}
