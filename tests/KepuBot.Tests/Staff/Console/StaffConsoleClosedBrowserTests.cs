using KepuBot.Tests.Channels;
using Microsoft.Playwright;

namespace KepuBot.Tests.Staff.Console;

/// <summary>The staff console in real Chromium against a service with no staff accounts (the default settings).</summary>
public sealed class StaffConsoleClosedBrowserTests(ServiceProcess service) : IClassFixture<ServiceProcess>, IAsyncLifetime
{
    private HeadlessChromium? _chromium;

    public async Task InitializeAsync() => _chromium = await HeadlessChromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_console_with_no_accounts_says_it_is_closed_before_anyone_signs_in()
    {
        var page = await _chromium!.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(new Uri(service.BaseAddress, "staff/").ToString());

        await Assertions.Expect(page.Locator("#login-closed")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#login-closed")).ToContainTextAsync("关闭状态");
        await Assertions.Expect(page.Locator("#login-closed")).ToContainTextAsync("Staff:Accounts");
        await Assertions.Expect(page.Locator("#login-name")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#login-submit")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#login-error")).ToBeEmptyAsync();
    }
}
