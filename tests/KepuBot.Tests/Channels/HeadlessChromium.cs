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
            // The browser's own settings keep pages off the network, so no test needs to intercept the service's
            // requests (interception would answer CORS preflights itself): every host name but 127.0.0.1 resolves to
            // nothing, and anything else goes to a proxy on a closed loopback port (loopback itself bypasses proxies).
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--proxy-server=http://127.0.0.1:9",
            ],
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
