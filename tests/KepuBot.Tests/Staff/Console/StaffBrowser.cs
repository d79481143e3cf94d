using Microsoft.Playwright;

namespace KepuBot.Tests.Staff.Console;

/// <summary>The real service on a loopback port with staff accounts, and real Chromium to drive its console.</summary>
public sealed class StaffBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public StaffHost Host { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        await Host.ServeOnLoopbackAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        // The machine running the suite may be busy; waiting longer for the page costs nothing when it is not.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
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
