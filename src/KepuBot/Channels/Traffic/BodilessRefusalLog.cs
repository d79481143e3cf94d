namespace KepuBot.Channels.Traffic;

/// <summary>
/// Refusals the framework makes on its own, outside the service's code, come without a reason and unlogged: routing's
/// 405 (wrong method) and 415 (a body that is not JSON where JSON is required), and the 400/413 of a body that breaks
/// off or runs past its limit while being bound. This gives them a log line and a reason, like every refusal the
/// service's own code makes.
/// </summary>
internal sealed partial class BodilessRefusalLog(RequestDelegate next, ILogger<BodilessRefusalLog> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var response = context.Response;
        var request = context.Request;
        var reason = response.HasStarted ? null : response.StatusCode switch
        {
            StatusCodes.Status400BadRequest => "the request could not be read",
            StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed here",
            StatusCodes.Status413PayloadTooLarge => "the request body is too large",
            StatusCodes.Status415UnsupportedMediaType => $"content type '{request.ContentType}' is not accepted here; send application/json",
            _ => null,
        };
        if (reason is null)
        {
            return;
        }

        LogRefused(request.Method, request.Path.Value ?? string.Empty, response.StatusCode, reason);
        await Results.Problem(reason, statusCode: response.StatusCode).ExecuteAsync(context);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected request to {Path} with {Status}: {Reason} ({Method})")]
    private partial void LogRefused(string method, string path, int status, string reason);
}
