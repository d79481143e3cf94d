using System.Buffers;
using System.Text.Json;

namespace KepuBot.Channels.Activities;

/// <summary>
/// Reads one activity from a request body defensively: wrong content type, oversized or malformed bodies and a missing
/// <c>type</c> become 4xx results, never exceptions, because these endpoints face the internet.
/// </summary>
public static class ActivityReader
{
    /// <summary>Reads an activity of at most <paramref name="maxBytes"/> (the endpoint's <see cref="Traffic.ChannelTraffic.BodyLimit(HttpContext)"/>).</summary>
    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return ActivityReadResult.Fail(StatusCodes.Status415UnsupportedMediaType, "content type must be application/json");
        }

        var body = request.ContentLength > maxBytes ? null : await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"body over {maxBytes} bytes");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
        }
        catch (JsonException e)
        {
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, $"malformed JSON at {e.Path ?? "$"}");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "activity type missing");
        }

        return ActivityReadResult.Ok(activity);
    }

    /// <summary>
    /// The body, or null once it passes <paramref name="maxBytes"/> (chunked bodies carry no Content-Length), whether
    /// this loop notices first or the server, which was given the same limit.
    /// </summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
