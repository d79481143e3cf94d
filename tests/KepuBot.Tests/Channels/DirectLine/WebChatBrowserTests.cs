using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KepuBot.Tests.Channels.DirectLine;

/// <summary>
/// The official Web Chat (botframework-webchat 4.18.1's browser bundle) in Chromium, on another site's page, talking to
/// the service's Direct Line endpoint: a resident types a question and sees the answer with its sources card.
/// </summary>
public sealed class WebChatBrowserTests(WebChatSite site, ITestOutputHelper output) : IClassFixture<WebChatSite>
{
    private const string Question = "接到自称公检法的电话要我转账怎么办？";
    private static LocatorAssertionsToContainTextOptions Patiently => HeadlessChromium.Patiently;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_question_typed_into_Web_Chat_gets_the_answer_and_its_sources_card(bool webSocket)
    {
        var traffic = new WebChatSite.PageTraffic();
        var page = await site.OpenAsync(webSocket, traffic);
        try
        {
            var transcript = page.Locator("#webchat");
            await Assertions.Expect(transcript).ToContainTextAsync("科普问答助手", Patiently);

            var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
            await sendBox.FillAsync(Question);
            await sendBox.PressAsync("Enter");

            await Assertions.Expect(transcript).ToContainTextAsync(ScriptedTurnPipeline.AnswerTo(Question), Patiently);
            var card = page.Locator(".ac-adaptiveCard").Last;
            await Assertions.Expect(card).ToContainTextAsync("参考来源", Patiently);
            await Assertions.Expect(card).ToContainTextAsync($"{ScriptedTurnPipeline.Source.Title} › {ScriptedTurnPipeline.Source.Section}", Patiently);

            // The follow-up questions are offered as buttons under the transcript.
            foreach (var followUp in ScriptedTurnPipeline.FollowUps)
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = followUp })).ToBeVisibleAsync();
            }
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), $"kepubot-webchat-{(webSocket ? "ws" : "polling")}.png") });
        }
        finally
        {
            foreach (var line in traffic.Console.Concat(traffic.Failed.Select(u => "failed " + u)))
            {
                output.WriteLine(line);
            }
        }

        var polls = traffic.Requests.Count(r => r.StartsWith("GET /v3/directline/conversations/", StringComparison.Ordinal) && r.EndsWith("/activities", StringComparison.Ordinal));
        var streams = traffic.WebSockets.Count(u => u.Contains("/v3/directline/conversations/", StringComparison.Ordinal) && u.Contains("/stream", StringComparison.Ordinal));
        if (webSocket)
        {
            Assert.True(streams >= 1, "Web Chat opened no Direct Line stream");
            Assert.Equal(0, polls);
        }
        else
        {
            Assert.Equal(0, streams);
            Assert.True(polls >= 2, $"Web Chat polled {polls} times");
        }
    }

    [Fact]
    public async Task From_a_site_not_allowed_the_chat_is_refused_by_the_browsers_own_cors_check()
    {
        var traffic = new WebChatSite.PageTraffic();
        var page = await site.OpenAsync(webSocket: false, traffic, allowedOrigin: false);

        // The page first asks the service for a token; the browser refuses the answer to another site.
        var refused = await Eventually.GetAsync(
            () => traffic.Console.FirstOrDefault(line => line.Contains("CORS policy", StringComparison.Ordinal)),
            "the browser to refuse the service's answer to a site not allowed");

        Assert.Contains("/api/directline/token", refused, StringComparison.Ordinal);

        // The request-failed event can reach the test after the console line does.
        var failed = await Eventually.GetAsync(
            () => traffic.Failed.FirstOrDefault(f => f.Contains("/api/directline/token", StringComparison.Ordinal)),
            "the token request to be reported failed");
        Assert.Contains("/api/directline/token", failed, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#webchat")).Not.ToContainTextAsync("科普问答助手");
    }
}
