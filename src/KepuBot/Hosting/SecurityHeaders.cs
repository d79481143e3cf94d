namespace KepuBot.Hosting;

/// <summary>
/// Headers on every response, pages, API answers and errors alike, that tell browsers what the service's pages may do:
/// load scripts, styles, images and connections from the service's own origin only (the chat page and staff console
/// have no inline script or style), never be framed by another site (clickjacking the staff console), never have a
/// response's type sniffed into something executable, and never send the address of a page, which can carry a
/// question or a case id, to another site.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(
            state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            },
            context.Response);
        return next(context);
    }
}
