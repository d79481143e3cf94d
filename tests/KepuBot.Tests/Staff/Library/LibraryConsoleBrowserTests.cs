using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KepuBot.Tests.Staff.Console;
using Microsoft.Playwright;

namespace KepuBot.Tests.Staff.Library;

/// <summary>The 知识库 tab in real Chromium: one staff member uploads an article, another approves it, residents get it.</summary>
public sealed class LibraryConsoleBrowserTests : IAsyncLifetime
{
    private readonly StaffBrowser _console = new();

    public Task InitializeAsync() => _console.InitializeAsync();

    public Task DisposeAsync() => _console.DisposeAsync();

    [Fact]
    public async Task An_uploaded_draft_is_approved_by_a_colleague_and_then_answers_residents()
    {
        var author = await _console.SignInAsync(StaffHost.StaffName, StaffHost.StaffPassword);
        await author.ClickAsync(".tabs [data-tab=library]");
        await author.SetInputFilesAsync("#lib-file", new FilePayload
        {
            Name = "夏季饮食.md",
            MimeType = "text/markdown",
            Buffer = Encoding.UTF8.GetBytes("# 夏天剩饭剩菜怎么保存？\n\n## 要点\n\n- 夏天剩饭剩菜放凉后要在2小时内放进冰箱冷藏。\n- 冷藏的剩饭剩菜最好一天内吃完，吃前彻底加热。\n"),
        });
        await author.SelectOptionAsync("#lib-kind", "health");
        await author.FillAsync("#lib-id", "health-summer-leftovers");
        await author.FillAsync("#lib-basis", "国家卫生健康委员会");
        await author.FillAsync("#lib-topics", "食品安全，夏季");
        await author.FillAsync("#lib-audience", "居民，老年人");
        await author.ClickAsync("#lib-upload button[type=submit]");
        await Assertions.Expect(author.Locator("#lib-message")).ToContainTextAsync("新建 → 草稿");
        await Assertions.Expect(author.Locator("#lib-list li[data-id=health-summer-leftovers]")).ToContainTextAsync("草稿");

        var reviewer = await _console.SignInAsync(StaffHost.AdminName, StaffHost.AdminPassword);
        await reviewer.ClickAsync(".tabs [data-tab=library]");
        await reviewer.SelectOptionAsync("#lib-status", "draft");
        await reviewer.ClickAsync("#lib-list li[data-id=health-summer-leftovers] button.approve");
        await Assertions.Expect(reviewer.Locator("#lib-message")).ToContainTextAsync("草稿 → 已审核");
        await reviewer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "kepubot-staff-library.png"), FullPage = true });

        using var asked = await _console.Host.Client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "夏天剩饭剩菜怎么保存？" });
        var reply = await asked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("health-summer-leftovers", reply.GetProperty("citations")[0].GetProperty("docId").GetString());
    }

    [Fact]
    public async Task A_reviewer_finds_the_starter_articles_awaiting_review_and_approves_one_while_staff_are_offered_no_approval()
    {
        var staff = await _console.SignInAsync(StaffHost.StaffName, StaffHost.StaffPassword);
        await staff.ClickAsync(".tabs [data-tab=library]");
        await staff.SelectOptionAsync("#lib-status", "starter");
        var row = "#lib-list li[data-id=debunk-overnight-dishes-cancer]";
        await Assertions.Expect(staff.Locator(row)).ToContainTextAsync("示例（待审核）");
        await Assertions.Expect(staff.Locator($"{row} button.approve")).ToHaveCountAsync(0);

        var reviewer = await _console.SignInAsync(StaffHost.ReviewerName, StaffHost.ReviewerPassword);
        await Assertions.Expect(reviewer.Locator("#who")).ToContainTextAsync("审核人");
        await reviewer.ClickAsync(".tabs [data-tab=library]");
        await reviewer.SelectOptionAsync("#lib-status", "starter");
        await reviewer.ClickAsync($"{row} button.approve");
        await Assertions.Expect(reviewer.Locator("#lib-message")).ToContainTextAsync("示例（待审核） → 已审核");

        using var asked = await _console.Host.Client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "隔夜菜能吃吗？" });
        var reply = await asked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("debunk-overnight-dishes-cancer", reply.GetProperty("citations")[0].GetProperty("docId").GetString());
        Assert.DoesNotContain("示例内容", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }
}
