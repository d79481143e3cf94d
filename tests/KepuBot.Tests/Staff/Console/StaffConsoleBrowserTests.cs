using System.Net.Http.Json;
using KepuBot.Tests.Channels;
using Microsoft.Playwright;

namespace KepuBot.Tests.Staff.Console;

/// <summary>The staff console in real Chromium against the real service on a loopback port.</summary>
public sealed class StaffConsoleBrowserTests : IAsyncLifetime
{
    private readonly StaffBrowser _console = new();

    private static LocatorAssertionsToContainTextOptions Patiently => HeadlessChromium.Patiently;

    private StaffHost Host => _console.Host;

    public Task InitializeAsync() => _console.InitializeAsync();

    public Task DisposeAsync() => _console.DisposeAsync();

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task Staff_sign_in_and_see_the_unanswered_questions_on_a_laptop_or_a_phone(int width, int height)
    {
        using var asked = await Host.Client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "帮我推荐一只能涨的股票，我电话13912345678" });
        asked.EnsureSuccessStatusCode();
        var page = await _console.OpenAsync(width, height);
        await Assertions.Expect(page.Locator("#login-submit")).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator("#login-closed")).ToBeHiddenAsync();

        await page.FillAsync("#login-name", StaffHost.StaffName);
        await page.FillAsync("#login-password", "wrong-password");
        await page.ClickAsync("#login-submit");
        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("不正确", Patiently);

        await page.FillAsync("#login-password", StaffHost.StaffPassword);
        await page.ClickAsync("#login-submit");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(StaffHost.StaffName, Patiently);
        await Assertions.Expect(page.Locator(".tabs [data-tab=audit]")).ToBeHiddenAsync();

        await page.ClickAsync(".tabs [data-tab=unanswered]");
        var question = page.Locator("#unanswered-list li").First;
        await Assertions.Expect(question).ToContainTextAsync("股票", Patiently);
        await Assertions.Expect(question).ToContainTextAsync("139****5678", Patiently);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), $"kepubot-staff-{width}.png") });
    }

    [Fact]
    public async Task Staff_see_a_queued_claim_assign_it_and_resolve_it_with_a_published_debunk()
    {
        var asked = await Rumors.QueueCalls.AskAsync(Host.Client, "听说用淘米水洗脸能美白祛斑，是真的吗", "browser-resident");
        Assert.True(asked.GetProperty("flags").GetProperty("rumor").GetBoolean());
        var page = await SignInAsync(390, 844);

        var item = page.Locator("#rq-list .case").Filter(new LocatorFilterOptions { HasText = "淘米水" });
        await Assertions.Expect(item).ToContainTextAsync("待处理", Patiently);
        await item.ClickAsync();
        await page.ClickAsync("#rq-assign-me");
        await Assertions.Expect(item).ToContainTextAsync("核查中", Patiently);

        await page.SelectOptionAsync("#rq-verdict", "谣言");
        await page.FillAsync("#rq-writeup", "淘米水不能美白祛斑。淘米水里的成分很少，对皮肤没有美白作用，长期用不干净的淘米水洗脸还可能刺激皮肤。");
        await page.FillAsync("#rq-basis", "国家药品监督管理局、中华医学会皮肤性病学分会");
        await page.CheckAsync("#rq-publish-now");
        await page.ClickAsync("#rq-resolve button[type=submit]");

        // Written by a staff member, so it waits for a reviewer in the library before residents get it.
        await Assertions.Expect(page.Locator("#rq-resolution")).ToContainTextAsync("已发布为草稿", Patiently);
        await Assertions.Expect(item).ToContainTextAsync("已处理", Patiently);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "kepubot-staff-queue.png"), FullPage = true });

        var reviewer = await _console.SignInAsync(StaffHost.ReviewerName, StaffHost.ReviewerPassword);
        await reviewer.ClickAsync(".tabs [data-tab=library]");
        await reviewer.SelectOptionAsync("#lib-status", "draft");
        await reviewer.Locator("#lib-list li").Filter(new LocatorFilterOptions { HasText = "淘米水" }).Locator("button.approve").ClickAsync();
        await Assertions.Expect(reviewer.Locator("#lib-message")).ToContainTextAsync("草稿 → 已审核", Patiently);

        var again = await Rumors.QueueCalls.AskAsync(Host.Client, "网上说淘米水洗脸可以美白，靠谱吗", "browser-resident-2");
        Assert.Contains("谣言", again.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    private Task<IPage> SignInAsync(int width, int height) => _console.SignInAsync(StaffHost.StaffName, StaffHost.StaffPassword, width, height);

    [Fact]
    public async Task Staff_see_which_scams_are_going_around_in_the_fraud_tab()
    {
        using var asked = await Host.Client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "有人自称公安让我把钱转到安全账户，说我卡号6222021234567890123涉案" });
        asked.EnsureSuccessStatusCode();
        var page = await SignInAsync(1280, 800);

        await page.ClickAsync(".tabs [data-tab=fraud]");

        await Assertions.Expect(page.Locator("#fraud-scenarios li").First).ToContainTextAsync("公检法", Patiently);
        await Assertions.Expect(page.Locator("#fraud-summary")).ToContainTextAsync("共 1 条", Patiently);
        var latest = page.Locator("#fraud-recent li").First;
        await Assertions.Expect(latest).ToContainTextAsync("安全账户", Patiently);
        await Assertions.Expect(latest).Not.ToContainTextAsync("6222021234567890123");
    }
}
