using Microsoft.Net.Http.Headers;

namespace KepuBot.Channels.Traffic;

/// <summary>
/// Refuses, with 415 and the reason, a body whose <c>Content-Type</c> names a charset other than UTF-8. JSON is UTF-8
/// (RFC 8259) and every client of the service sends UTF-8; the framework's JSON reader meets an unknown charset with an
/// exception that became a 500 and a stack trace in the log, which anyone could trigger at will.
/// </summary>
internal sealed partial class RequestCharset(RequestDelegate next, ILogger<RequestCharset> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media) || !media.Charset.HasValue)
        {
            return next(context);
        }

        var charset = media.Charset.Value!;
        if (IsUtf8(charset))
        {
            // charset="utf-8" and charset=utf8 mean UTF-8 too, but the framework's JSON reader looks the name up as it
            // stands, does not know those spellings and fails with a 500; it gets the canonical name.
            if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                media.Charset = "utf-8";
                request.ContentType = media.ToString();
            }

            return next(context);
        }

        // Only the length is logged: the value is the client's, and could be anything.
        LogRefused(request.Method, request.Path.Value ?? string.Empty, charset.Length);
        return Results.Problem($"charset '{Shown(charset)}' is not supported; send UTF-8", statusCode: StatusCodes.Status415UnsupportedMediaType)
            .ExecuteAsync(context);
    }

    private static bool IsUtf8(string charset) =>
        charset.Trim('"', ' ').ToUpperInvariant() is "UTF-8" or "UTF8";

    private static string Shown(string charset) => charset.Length > 40 ? charset[..40] + "…" : charset;

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected request to {Path} with 415: a charset other than UTF-8 ({Length} characters) ({Method})")]
    private partial void LogRefused(string method, string path, int length);
}
