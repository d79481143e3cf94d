namespace KepuBot.Tests.Hosting;

/// <summary>An endpoint to fuzz: its method, path template, query parameters, and what its body should be.</summary>
internal sealed record FuzzEndpoint(HttpMethod Method, string Path, IReadOnlyList<string> Query, FuzzBodyKind Body)
{
    public bool IsStaff => Path.StartsWith("/api/staff/", StringComparison.Ordinal) && Path != "/api/staff/login";

    public bool IsDirectLine => Path.StartsWith("/v3/directline/", StringComparison.Ordinal);
}
