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
    private WebApplication? _otherPages;
    private HeadlessChromium? _chromium;

    public KepuBotFactory Service { get; } = new() { Pipeline = new ScriptedTurnPipeline() };

    public Uri ServiceAddress { get; private set; } = null!;

    public Uri PageAddress { get; private set; } = null!;

    /// <summary>The same page on an origin that is not in <c>Cors:AllowedOrigins</c>.</summary>
    public Uri OtherPageAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await NodeScript.EnsureInstalledAsync();
        _pages = LoopbackApp.Create();
        _pages.MapGet("/", () => Results.File(PageFile, "text/html; charset=utf-8"));
        _pages.MapGet("/webchat.js", () => Results.File(NodeScript.WebChatBundle, "text/javascript; charset=utf-8"));
        PageAddress = await LoopbackApp.StartAsync(_pages);
        _otherPages = LoopbackApp.Create();
        _otherPages.MapGet("/", () => Results.File(PageFile, "text/html; charset=utf-8"));
        _otherPages.MapGet("/webchat.js", () => Results.File(NodeScript.WebChatBundle, "text/javascript; charset=utf-8"));
        OtherPageAddress = await LoopbackApp.StartAsync(_otherPages);

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

        if (_otherPages is not null)
        {
            await _otherPages.DisposeAsync();
        }
    }

    /// <summary>
    /// Opens the page with Web Chat on the given transport, from the allowed origin or the other one. Nothing is
    /// intercepted: the browser's real CORS preflights reach the service. Requests that failed (a refused preflight, a
    /// non-loopback address the browser cannot reach) are recorded in <paramref name="traffic"/>.
    /// </summary>
    public async Task<IPage> OpenAsync(bool webSocket, PageTraffic traffic, bool allowedOrigin = true)
    {
        var page = await _chromium!.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 420, Height = 860 } });
        page.WebSocket += (_, socket) => traffic.WebSockets.Enqueue(socket.Url);
        page.Request += (_, request) => traffic.Requests.Enqueue($"{request.Method} {new Uri(request.Url).AbsolutePath}");
        page.RequestFailed += (_, request) => traffic.Failed.Enqueue($"{request.Method} {request.Url} {request.Failure}");
        page.Console += (_, message) => traffic.Console.Enqueue($"{message.Type}: {message.Text}");

        var service = Uri.EscapeDataString(ServiceAddress.GetLeftPart(UriPartial.Authority));
        await page.GotoAsync($"{(allowedOrigin ? PageAddress : OtherPageAddress)}?service={service}&webSocket={(webSocket ? "true" : "false")}");
        return page;
    }

    /// <summary>What one page sent: requests as "METHOD /path", WebSocket URLs, failed requests, console lines.</summary>
    public sealed class PageTraffic
    {
        public ConcurrentQueue<string> Requests { get; } = new();

        public ConcurrentQueue<string> WebSockets { get; } = new();

        public ConcurrentQueue<string> Failed { get; } = new();

        public ConcurrentQueue<string> Console { get; } = new();
    }
}
