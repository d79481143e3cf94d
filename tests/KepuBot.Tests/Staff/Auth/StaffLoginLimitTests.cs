using System.Net;
using System.Net.Http.Json;

namespace KepuBot.Tests.Staff.Auth;

/// <summary>Password guessing from one address is slowed down: past the limit, sign-in gets 429 with Retry-After.</summary>
public sealed class StaffLoginLimitTests : IAsyncLifetime
{
    private readonly StaffHost _host = new();

    public Task InitializeAsync()
    {
        _host.Factory.Settings["RateLimits:StaffLogin:PermitLimit"] = "3";
        return _host.InitializeAsync();
    }

    [Fact]
    public async Task Guessing_past_the_limit_is_refused_with_a_reason_and_a_wait()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last?.Dispose();
            last = await _host.Client.PostAsJsonAsync(new Uri("/api/staff/login", UriKind.Relative), new { name = StaffHost.StaffName, password = "guess-" + attempt });
            statuses.Add(last.StatusCode);
        }

        using var refused = last!;
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("请求太频繁", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public Task DisposeAsync() => _host.DisposeAsync();
}
