using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KepuBot.Hosting;

/// <summary>
/// An unreachable database (PostgreSQL down or failing over, the SQLite file locked past its busy timeout) is a
/// passing trouble of the service, not a client error: 503 with Retry-After, so clients and load balancers try again
/// (on another instance), instead of a 500. Nothing was acknowledged, so nothing is lost.
/// </summary>
public sealed partial class DatabaseUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableExceptionHandler> logger) : IExceptionHandler
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception))
        {
            return false;
        }

        LogUnavailable(exception, httpContext.Request.Path.Value ?? string.Empty);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "服务暂时不可用", Detail = "数据暂时无法保存，请稍后再试。" },
            Exception = exception,
        });
    }

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        NpgsqlException { IsTransient: true } => true,
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => true,
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "The database is unavailable; answered {Path} with 503")]
    private partial void LogUnavailable(Exception exception, string path);
}
