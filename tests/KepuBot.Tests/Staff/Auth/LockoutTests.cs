using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KepuBot.Tests.Staff.Auth;

/// <summary>
/// Repeated failed sign-ins lock the account name with back-off, whatever address they come from; the lock refuses
/// even the right password until it passes, every step is in the audit log, and a success clears the count.
/// </summary>
public sealed class LockoutTests : IAsyncLifetime
{
    private readonly StaffHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password_until_the_lock_passes()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await SignInAsync(StaffHost.StaffName, "guess-" + attempt);
            statuses.Add(failed.StatusCode);
        }

        using var locked = await SignInAsync(StaffHost.StaffName, StaffHost.StaffPassword);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.InRange(locked.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 50, 60);
        Assert.Contains("账号已暂时锁定", (await Problem(locked)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        _host.Clock.Advance(TimeSpan.FromSeconds(61));
        using var signedIn = await SignInAsync(StaffHost.StaffName, StaffHost.StaffPassword);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

        // The success cleared the count: one more mistake is just a mistake.
        using var mistake = await SignInAsync(StaffHost.StaffName, "typo");
        Assert.Equal(HttpStatusCode.Unauthorized, mistake.StatusCode);
    }

    [Fact]
    public async Task Each_failure_after_a_lock_doubles_it()
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            (await SignInAsync(StaffHost.AdminName, "guess-" + attempt)).Dispose();
        }

        var waits = new List<double>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            using var locked = await SignInAsync(StaffHost.AdminName, "guess-again");
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
            var wait = locked.Headers.RetryAfter!.Delta!.Value;
            waits.Add(wait.TotalSeconds);
            _host.Clock.Advance(wait + TimeSpan.FromSeconds(1));
        }

        Assert.Equal([60, 120, 240], waits.Select(w => Math.Round(w / 10) * 10));
    }

    [Fact]
    public async Task Names_that_match_no_account_lock_the_same_way()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await SignInAsync("没有这个人", "guess-" + attempt)).Dispose();
        }

        using var locked = await SignInAsync("没有这个人", "guess");

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
    }

    [Fact]
    public async Task The_lock_and_every_attempt_it_refuses_are_in_the_audit_log()
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            (await SignInAsync(StaffHost.StaffName, "guess-" + attempt)).Dispose();
        }

        using var admin = await _host.SignedInAsync(admin: true);
        var target = Uri.EscapeDataString("staff-account:" + StaffHost.StaffName);
        var audit = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/staff/audit?target={target}", UriKind.Relative));

        var actions = audit.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()).Reverse().ToList();
        Assert.Equal([.. Enumerable.Repeat("staff.login-failed", 4), "staff.lockout", "staff.login-locked"], actions);
        var lockout = audit.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "staff.lockout");
        Assert.Contains("\"failures\":5", lockout.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SignInAsync(string name, string password) =>
        _host.Client.PostAsJsonAsync(new Uri("/api/staff/login", UriKind.Relative), new { name, password });

    private static async Task<JsonElement> Problem(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
