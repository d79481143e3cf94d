using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace KepuBot.Channels.Traffic;

/// <summary>
/// Applies an endpoint's <see cref="IRequestSizeLimitMetadata"/> (Kestrel's own default is 30 MB), which minimal-API
/// endpoints do not do by themselves: a declared length over the limit is refused before anything is read, and a chunked
/// body fails once it passes the limit. Both surface as <see cref="BadHttpRequestException"/> 413, which the host's
/// bad-request handler logs and answers with the reason.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } limit)
        {
            if (context.Request.ContentLength > limit)
            {
                throw new BadHttpRequestException($"request body over {limit} bytes", StatusCodes.Status413PayloadTooLarge);
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }
        }

        return next(context);
    }
}
