using KepuBot.Tests.Channels;
using Microsoft.Playwright;

namespace KepuBot.Tests.Staff.Console;

/// <summary>The real service on a loopback port with staff accounts, and real Chromium to drive its console.</summary>
public sealed class StaffBrowser : IAsyncLifetime
{
    private HeadlessChromium? _chromium;

    public StaffHost Host { get; } = new();

    public IBrowser Browser => _chromium?.Browser ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        await Host.ServeOnLoopbackAsync();
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await Host.DisposeAsync();
    }

    /// <summary>A page of the console, not yet signed in, in its own browser context (its own session).</summary>
    public async Task<IPage> OpenAsync(int width, int height)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Host.BaseAddress!, "staff/").ToString());
        return page;
    }

    /// <summary>A console page signed in as <paramref name="name"/>.</summary>
    public async Task<IPage> SignInAsync(string name, string password, int width = 1280, int height = 900)
    {
        var page = await OpenAsync(width, height);
        await page.FillAsync("#login-name", name);
        await page.FillAsync("#login-password", password);
        await page.ClickAsync("#login-submit");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(name);
        return page;
    }
}
