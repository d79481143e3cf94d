namespace KepuBot.Staff.Auth;

/// <summary>Writes a 401/403 with its reason as problem details, like every other refusal of the service.</summary>
public static class StaffRefusal
{
    /// <summary>Writes the refusal.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string reason)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = status == StatusCodes.Status401Unauthorized ? "未登录" : "无权限", Detail = reason },
        });
    }
}
