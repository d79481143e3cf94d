using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace KepuBot.Tests.Channels.DirectLine;

/// <summary>
/// A third-party site on its own loopback origin serving a page with the official Web Chat bundle
/// (<c>tests/webchat-page</c>), the service on another loopback port with that origin in <c>Cors:AllowedOrigins</c> and a
/// scripted agent (the channel is under test; the real agent's answers are tested on their own), and Chromium.
/// </summary>
public sealed class WebChatSite : IAsyncLifetime
{
    private static readonly string PageFile = Path.Combine(RepoPaths.Root, "tests", "webchat-page", "index.html");

    private WebApplication? _pages;
    private HeadlessChromium? _chromium;

    public KepuBotFactory Service { get; } = new() { Pipeline = new ScriptedTurnPipeline() };

    public Uri ServiceAddress { get; private set; } = null!;

    public Uri PageAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await NodeScript.EnsureInstalledAsync();
        _pages = LoopbackApp.Create();
        _pages.MapGet("/", () => Results.File(PageFile, "text/html; charset=utf-8"));
        _pages.MapGet("/webchat.js", () => Results.File(NodeScript.WebChatBundle, "text/javascript; charset=utf-8"));
        PageAddress = await LoopbackApp.StartAsync(_pages);

        Service.Settings["Cors:AllowedOrigins:0"] = PageAddress.GetLeftPart(UriPartial.Authority);
        ServiceAddress = LoopbackApp.StartService(Service);
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await Service.DisposeAsync();
        if (_pages is not null)
        {
            await _pages.DisposeAsync();
        }
    }

    /// <summary>
    /// Opens the page with Web Chat on the given transport. Anything not on 127.0.0.1 is refused, so the test shows the
    /// bundle needs no CDN; what the page did on the wire is recorded in <paramref name="traffic"/>.
    /// </summary>
    public async Task<IPage> OpenAsync(bool webSocket, PageTraffic traffic)
    {
        var page = await _chromium!.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 420, Height = 860 } });
        await page.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Host == "127.0.0.1")
            {
                await route.ContinueAsync();
                return;
            }

            traffic.Refused.Enqueue(route.Request.Url);
            await route.AbortAsync();
        });
        page.WebSocket += (_, socket) => traffic.WebSockets.Enqueue(socket.Url);
        page.Request += (_, request) => traffic.Requests.Enqueue($"{request.Method} {new Uri(request.Url).AbsolutePath}");
        page.Console += (_, message) => traffic.Console.Enqueue($"{message.Type}: {message.Text}");

        var service = Uri.EscapeDataString(ServiceAddress.GetLeftPart(UriPartial.Authority));
        await page.GotoAsync($"{PageAddress}?service={service}&webSocket={(webSocket ? "true" : "false")}");
        return page;
    }

    /// <summary>What one page sent: requests as "METHOD /path", WebSocket URLs, refused non-loopback URLs, console lines.</summary>
    public sealed class PageTraffic
    {
        public ConcurrentQueue<string> Requests { get; } = new();

        public ConcurrentQueue<string> WebSockets { get; } = new();

        public ConcurrentQueue<string> Refused { get; } = new();

        public ConcurrentQueue<string> Console { get; } = new();
    }
}
