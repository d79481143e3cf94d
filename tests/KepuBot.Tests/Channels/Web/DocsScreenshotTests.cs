using KepuBot.Tests.Staff;
using KepuBot.Tests.Staff.Console;
using Microsoft.Playwright;

namespace KepuBot.Tests.Channels.Web;

/// <summary>
/// The README's screenshots, at phone size, from the real service in real Chromium: the chat page in standard and
/// 大字 mode, a scam warning, and the staff console's queue. Written to a temporary folder on every run (the pages
/// must show what the pictures promise), and to the folder in <c>KEPUBOT_SCREENSHOTS</c> when set, as
/// <c>tools/screenshots.sh</c> does to regenerate <c>docs/</c>.
/// </summary>
public sealed class DocsScreenshotTests : IAsyncLifetime
{
    // A headless browser on a server has no voices; a phone with a Chinese voice shows the 朗读 button, so the
    // pictures do too.
    private const string ChineseVoice = """
        window.speechSynthesis.getVoices = () => [{ name: "zh-CN", lang: "zh-CN", voiceURI: "zh-CN", localService: true, default: true }];
        """;

    private readonly StaffBrowser _console = new();
    private readonly string _folder = Environment.GetEnvironmentVariable("KEPUBOT_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(Path.GetTempPath(), "kepubot-docs", Guid.NewGuid().ToString("N"));

    private static LocatorAssertionsToContainTextOptions Patiently => HeadlessChromium.Patiently;

    public Task InitializeAsync() => _console.InitializeAsync();

    public Task DisposeAsync() => _console.DisposeAsync();

    [Fact]
    public async Task The_readme_screenshots_show_what_they_promise()
    {
        Directory.CreateDirectory(_folder);

        var chat = await ChatAsync(large: false, "隔夜菜能吃吗", "冷藏");
        await SaveAsync(chat, "chat.png");

        var large = await ChatAsync(large: true, "隔夜菜能吃吗", "冷藏");
        await Assertions.Expect(large.Locator("body")).ToHaveClassAsync("large");
        await SaveAsync(large, "chat-large.png");

        var scam = await ChatAsync(large: false, "有个自称公安局的人打电话说我涉嫌洗钱，让我把存款转到安全账户", "诈骗");
        await Assertions.Expect(scam.Locator(".bubble.warning .lead")).ToContainTextAsync("110");
        await SaveAsync(scam, "scam-warning.png");

        await Staff.Rumors.QueueCalls.AskAsync(_console.Host.Client, "听说用淘米水洗脸能美白祛斑，是真的吗", "docs-resident-1");
        await Staff.Rumors.QueueCalls.AskAsync(_console.Host.Client, "网传5G基站的辐射会让人得癌症，是真的吗", "docs-resident-2");
        var queue = await _console.SignInAsync(StaffHost.StaffName, StaffHost.StaffPassword, 390, 844);
        var item = queue.Locator("#rq-list .case").Filter(new LocatorFilterOptions { HasText = "淘米水" });
        await Assertions.Expect(item).ToContainTextAsync("待处理", Patiently);
        await SaveAsync(queue, "staff-queue.png");

        foreach (var name in new[] { "chat.png", "chat-large.png", "scam-warning.png", "staff-queue.png" })
        {
            Assert.True(new FileInfo(Path.Combine(_folder, name)).Length > 10_000, name);
        }
    }

    private async Task<IPage> ChatAsync(bool large, string question, string expected)
    {
        var context = await _console.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await context.AddInitScriptAsync(ChineseVoice);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_console.Host.BaseAddress!.ToString());
        if (large)
        {
            await page.ClickAsync("#font-toggle");
        }

        await page.FillAsync("#question", question);
        await page.PressAsync("#question", "Enter");
        await Assertions.Expect(page.Locator(".msg.bot .bubble").Last).ToContainTextAsync(expected, Patiently);
        return page;
    }

    private async Task SaveAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_folder, name) });
}
