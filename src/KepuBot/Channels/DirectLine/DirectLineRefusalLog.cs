using Microsoft.AspNetCore.Http.HttpResults;

namespace KepuBot.Channels.DirectLine;

/// <summary>
/// Logs every Direct Line error answer in one place, by route pattern, status and code: never the conversation id,
/// token or activity text that the request carried.
/// </summary>
public sealed partial class DirectLineRefusalLog(ILogger<DirectLineRefusalLog> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is JsonHttpResult<DirectLineError> { StatusCode: >= 400 } refusal)
        {
            var route = (context.HttpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? string.Empty;
            LogRefused(context.HttpContext.Request.Method, route, refusal.StatusCode.Value, refusal.Value!.Error.Code, refusal.Value.Error.Message);
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused Direct Line {Method} {Route} with {Status} {Code}: {Reason}")]
    private partial void LogRefused(string method, string route, int status, string code, string reason);
}
