using Dapper;
using KepuBot.Persistence;
using Microsoft.Playwright;

namespace KepuBot.Tests.Channels.Web;

/// <summary>The chat page in real Chromium (Debian's build) against the real service on loopback.</summary>
public sealed class ChatPageBrowserTests(ServiceProcess service) : IClassFixture<ServiceProcess>, IAsyncLifetime
{
    private static LocatorAssertionsToContainTextOptions Patiently => HeadlessChromium.Patiently;

    private HeadlessChromium? _chromium;

    public async Task InitializeAsync() => _chromium = await HeadlessChromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }

    // Runs on the real page before its scripts: every call to speechSynthesis.speak is recorded (and still made), and
    // the voice list is what the test says, since a headless browser on a server usually has no voices at all.
    private const string SpeechProbe = """
        window.__spoken = [];
        const synth = window.speechSynthesis;
        const speak = synth.speak.bind(synth);
        synth.speak = (utterance) => { window.__spoken.push({ text: utterance.text, lang: utterance.lang }); speak(utterance); };
        synth.getVoices = () => VOICES.map((lang) => ({ name: `test ${lang}`, lang, voiceURI: lang, localService: true, default: false }));
        """;

    private async Task<IPage> OpenAsync(string? initScript = null)
    {
        var page = await _chromium!.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        if (initScript is not null)
        {
            await page.AddInitScriptAsync(initScript);
        }

        await page.GotoAsync(service.BaseAddress.ToString());
        return page;
    }

    [Fact]
    public async Task Read_aloud_speaks_the_answer_in_a_Chinese_voice()
    {
        var page = await OpenAsync(SpeechProbe.Replace("VOICES", "[\"en-US\", \"zh-CN\"]", StringComparison.Ordinal));
        await page.FillAsync("#question", "隔夜菜能吃吗");
        await page.PressAsync("#question", "Enter");
        var answer = page.Locator(".msg.bot .bubble").Last;
        await Assertions.Expect(answer).ToContainTextAsync("冷藏", Patiently);

        await answer.Locator("button.speak").ClickAsync();

        var spoken = await page.EvaluateAsync<string[][]>("window.__spoken.map((s) => [s.text, s.lang])");
        var shown = await answer.EvaluateAsync<string>("bubble => bubble.firstChild.textContent");
        var said = Assert.Single(spoken);
        Assert.Equal(shown, said[0]);
        Assert.Equal("zh-CN", said[1]);
        Assert.DoesNotContain("示例内容", said[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_aloud_is_hidden_where_the_browser_has_no_Chinese_voice()
    {
        var page = await OpenAsync(SpeechProbe.Replace("VOICES", "[\"en-US\"]", StringComparison.Ordinal));

        await Assertions.Expect(page.Locator(".msg.bot .bubble").First).ToContainTextAsync("科普问答助手");
        await Assertions.Expect(page.Locator("button.speak")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("button.speak")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Large_font_mode_has_buttons_an_unsteady_finger_can_hit()
    {
        var page = await OpenAsync(SpeechProbe.Replace("VOICES", "[\"zh-CN\"]", StringComparison.Ordinal));
        await page.ClickAsync("#font-toggle");
        await page.FillAsync("#question", "隔夜菜能吃吗");
        await page.PressAsync("#question", "Enter");
        var answer = page.Locator(".msg.bot .bubble").Last;
        await Assertions.Expect(answer).ToContainTextAsync("冷藏", Patiently);

        foreach (var button in new[] { answer.Locator("button.speak"), answer.Locator(".feedback button").First, answer.Locator(".feedback button").Last })
        {
            var box = await button.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Height >= 48, $"{await button.TextContentAsync()} is {box.Height} px tall");
        }
    }

    [Fact]
    public async Task Typing_a_question_shows_a_cited_answer_with_expandable_sources()
    {
        var page = await OpenAsync();
        await Assertions.Expect(page.Locator("#suggestions button")).ToHaveCountAsync(4);

        await page.FillAsync("#question", "区气象局要开展什么主题科普活动？");
        await page.PressAsync("#question", "Enter");

        var answer = page.Locator(".msg.bot .bubble").Last;
        await Assertions.Expect(answer).ToContainTextAsync("世界气象日", Patiently);
        await answer.Locator("details.sources summary").ClickAsync();
        await Assertions.Expect(answer.Locator("details.sources li").First).ToContainTextAsync("区气象局");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "kepubot-chat.png") });
    }

    [Fact]
    public async Task A_scam_warning_stands_out_and_large_font_mode_persists()
    {
        var page = await OpenAsync();
        await page.ClickAsync("#font-toggle");
        await page.FillAsync("#question", "有个自称公安局的人打电话说我涉嫌洗钱，让我把存款转到安全账户");
        await page.ClickAsync("#send");

        var warning = page.Locator(".bubble.warning");
        await Assertions.Expect(warning.Locator(".lead")).ToContainTextAsync("诈骗", Patiently);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "kepubot-warning.png") });

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync("large");
        await Assertions.Expect(page.Locator("#font-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [Fact]
    public async Task A_lure_with_nothing_asked_yet_is_set_apart_as_a_caution_not_the_red_alarm()
    {
        var page = await OpenAsync();
        await page.FillAsync("#question", "网上认识的一个大哥天天给我讲他炒外汇赚了多少钱，说下次有机会带带我");
        await page.ClickAsync("#send");

        await Assertions.Expect(page.Locator(".bubble.caution")).ToContainTextAsync("请先核实", Patiently);
        await Assertions.Expect(page.Locator(".bubble.warning")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Feedback_buttons_record_a_rating()
    {
        var page = await OpenAsync();
        await page.FillAsync("#question", "隔夜菜能吃吗");
        var asked = await page.RunAndWaitForResponseAsync(() => page.PressAsync("#question", "Enter"), r => r.Url.EndsWith("/api/ask", StringComparison.Ordinal));
        var turnId = (await asked.JsonAsync())!.Value.GetProperty("turnId").GetString();
        var answer = page.Locator(".msg.bot .bubble").Last;
        await Assertions.Expect(answer).ToContainTextAsync("冷藏", Patiently);

        await page.RunAndWaitForResponseAsync(() => answer.Locator(".feedback button", new() { HasText = "有用" }).ClickAsync(), r => r.Url.EndsWith("/api/feedback", StringComparison.Ordinal));
        await Assertions.Expect(answer.Locator(".feedback")).ToContainTextAsync("谢谢您的反馈");

        // The page thanks the resident whatever the service answered, so the rating is read back from the store.
        using var database = new SqliteDatabase(service.SqlitePath);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var helpful = await connection.QuerySingleOrDefaultAsync<long?>("SELECT helpful FROM feedback WHERE turn_id = @turnId", new { turnId });
        Assert.Equal(1L, helpful);
    }
}
