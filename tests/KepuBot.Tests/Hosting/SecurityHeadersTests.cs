using System.Collections.Concurrent;
using System.Text;
using KepuBot.Tests.Channels;
using Microsoft.Playwright;

namespace KepuBot.Tests.Hosting;

/// <summary>
/// Every response, page, file, API answer or refusal, carries the security headers; and the chat page and the staff
/// console still work under that policy in real Chromium, with no violation reported.
/// </summary>
public sealed class SecurityHeadersTests
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    [Fact]
    public async Task Pages_files_API_answers_and_refusals_all_carry_the_headers()
    {
        await using var service = LoggedService.Start();
        var requests = new (HttpMethod Method, string Path, HttpContent? Body)[]
        {
            (HttpMethod.Get, "/", null),
            (HttpMethod.Get, "/staff/", null),
            (HttpMethod.Get, "/app.js", null),
            (HttpMethod.Get, "/healthz", null),
            (HttpMethod.Get, "/openapi/v1.json", null),
            (HttpMethod.Get, "/no-such-page", null),
            (HttpMethod.Get, "/api/staff/me", null),
            (HttpMethod.Post, "/api/ask", new StringContent("{\"question\":", Encoding.UTF8, "application/json")),
            (HttpMethod.Post, "/api/staff/login", new StringContent("{\"name\":\"x\",\"password\":\"y\"}", Encoding.UTF8, "application/json")),
            (HttpMethod.Put, "/api/ask", null),
        };

        foreach (var (method, path, body) in requests)
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body };
            using var response = await service.Client.SendAsync(request);

            var where = $"{method} {path} ({(int)response.StatusCode})";
            Assert.True(Header(response, "Content-Security-Policy") == Policy, where);
            Assert.True(Header(response, "X-Frame-Options") == "DENY", where);
            Assert.True(Header(response, "X-Content-Type-Options") == "nosniff", where);
            Assert.True(Header(response, "Referrer-Policy") == "no-referrer", where);
        }
    }

    [Fact]
    public async Task The_chat_page_and_the_staff_console_work_under_the_policy_without_violations()
    {
        await using var service = LoggedService.Start();
        await service.WaitUntilReadyAsync();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var violations = new ConcurrentQueue<string>();
        var page = await chromium.Browser.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Enqueue(message.Text);
            }
        };

        var chat = await page.GotoAsync(service.BaseAddress.ToString());
        Assert.Equal(Policy, await chat!.HeaderValueAsync("content-security-policy"));
        await page.FillAsync("#question", "隔夜菜能吃吗");
        await page.PressAsync("#question", "Enter");
        await Assertions.Expect(page.Locator(".msg.bot .bubble").Last).ToContainTextAsync("冷藏", HeadlessChromium.Patiently);
        await page.ClickAsync("#font-toggle");
        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync("large");

        await page.GotoAsync(new Uri(service.BaseAddress, "staff/").ToString());
        await page.FillAsync("#login-name", LoggedService.StaffName);
        await page.FillAsync("#login-password", LoggedService.StaffPassword);
        await page.ClickAsync("#login-submit");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(LoggedService.StaffName);
        foreach (var tab in new[] { "unanswered", "fraud", "library", "rumors" })
        {
            await page.ClickAsync($"button[data-tab={tab}]");
            await Assertions.Expect(page.Locator($"#tab-{tab}")).ToBeVisibleAsync();
        }

        await page.ClickAsync("button[data-tab=library]");
        await Assertions.Expect(page.Locator("#tab-library")).ToContainTextAsync("antifraud", HeadlessChromium.Patiently);
        Assert.Empty(violations);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;
}
