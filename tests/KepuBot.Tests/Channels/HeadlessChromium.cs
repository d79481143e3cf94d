using Microsoft.Playwright;

namespace KepuBot.Tests.Channels;

/// <summary>Debian's Chromium driven by Playwright (the Playwright browser download does not work here).</summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>
    /// For waiting on an answer: the first ones after start-up come from a cold process, and on a busy machine they take
    /// longer than Playwright's 5 s default. Still a bound, not a speed assertion.
    /// </summary>
    public static LocatorAssertionsToContainTextOptions Patiently { get; } = new() { Timeout = 30_000 };

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new HeadlessChromium(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }

    private static string ExecutablePath()
    {
        foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Debian's chromium is required for browser tests: apt-get install -y chromium fonts-noto-cjk");
    }
}
