using System.Buffers;
using System.Text.Json;

namespace KepuBot.Channels.BotFramework;

/// <summary>
/// Reads one activity from a request body defensively: wrong content type, oversized or malformed bodies and a missing
/// <c>type</c> become 4xx results, never exceptions, because these endpoints face the internet.
/// </summary>
public static class ActivityReader
{
    /// <summary>Far above any real activity (Teams caps messages at about 28 KB) and small enough to buffer.</summary>
    public const int MaxBytes = 256 * 1024;

    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return ActivityReadResult.Fail(StatusCodes.Status415UnsupportedMediaType, "content type must be application/json");
        }

        if (request.ContentLength > MaxBytes)
        {
            return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"body over {MaxBytes} bytes");
        }

        var body = await ReadLimitedAsync(request.Body, cancellationToken);
        if (body is null)
        {
            return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"body over {MaxBytes} bytes");
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

    /// <summary>The body, or null once it passes <see cref="MaxBytes"/> (chunked bodies carry no Content-Length).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
