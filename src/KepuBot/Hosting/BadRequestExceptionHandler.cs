using Microsoft.AspNetCore.Diagnostics;

namespace KepuBot.Hosting;

/// <summary>
/// Malformed requests (unparsable query values, bad JSON, oversized bodies) surface as
/// <see cref="BadHttpRequestException"/>; they are the client's error and get a 4xx with the reason, not a 500.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems, ILogger<BadRequestExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        LogRejected(httpContext.Request.Path.Value ?? string.Empty, bad.StatusCode, bad.Message);
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = bad.StatusCode, Title = "请求格式有误", Detail = bad.Message },
            Exception = exception,
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected request to {Path} with {Status}: {Reason}")]
    private partial void LogRejected(string path, int status, string reason);
}
