using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KepuBot.Tests.Staff.Library;

/// <summary>
/// The bundled starter library as a resident and a reviewer meet it: answers resting on it say "示例内容，待本地审核",
/// the console lists it for review, a reviewer's approval makes it an ordinary vetted article, and a deployment that
/// turns <c>Library:CiteUnreviewedStarter</c> off is never answered from it.
/// </summary>
public sealed class StarterLibraryTests(StaffHost host) : IClassFixture<StaffHost>
{
    private const string Question = "隔夜菜能吃吗？";
    private const string Article = "debunk-overnight-dishes-cancer";
    private const string Note = "示例内容，待本地审核";

    [Fact]
    public async Task Starter_articles_are_listed_for_review_and_cited_with_the_note_until_a_reviewer_approves_them()
    {
        using var reviewer = await host.ReviewerAsync();
        var listed = await reviewer.GetFromJsonAsync<JsonElement>(Url("/api/staff/library?status=starter"));
        var entries = listed.GetProperty("entries").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("id").GetString() == Article);
        Assert.All(entries, e => Assert.Equal(("starter", "KepuBot 项目组"), (e.GetProperty("status").GetString(), e.GetProperty("author").GetString())));

        var before = await AskAsync(host.Client);
        Assert.Equal(Article, before.GetProperty("citations")[0].GetProperty("docId").GetString());
        Assert.Contains(Note, before.GetProperty("citations")[0].GetProperty("notice").GetString(), StringComparison.Ordinal);
        Assert.Contains(Note, before.GetProperty("answer").GetString(), StringComparison.Ordinal);

        using var approved = await reviewer.PostAsync(Url($"/api/staff/library/{Article}/approve"), null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(("starter", "vetted"), Change(await approved.Content.ReadFromJsonAsync<JsonElement>()));

        var after = await AskAsync(host.Client);
        Assert.Equal(Article, after.GetProperty("citations")[0].GetProperty("docId").GetString());
        Assert.DoesNotContain(Note, after.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains($"reviewer: {StaffHost.ReviewerName}\n", await File.ReadAllTextAsync(Path.Combine(host.Corpus, "kepu", "debunk", Article + ".md")), StringComparison.Ordinal);
    }

    // A rumor check, a scam warning and a curated FAQ answer each rest on starter content by another path than search.
    [Theory]
    [InlineData("听说5G基站辐射会致癌，是真的吗？")]
    [InlineData("有个自称公安的人打电话说我涉嫌洗钱，让我把钱转到安全账户")]
    [InlineData("唐山2023年全民科学素质行动工作要点是谁印发的？")]
    public async Task Every_answering_path_shows_the_note_when_it_rests_on_starter_content(string question)
    {
        using var response = await host.Client.PostAsJsonAsync(Url("/api/ask"), new { question });
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Contains(answer.GetProperty("citations").EnumerateArray(), c => c.TryGetProperty("notice", out var n) && n.GetString()?.Contains(Note, StringComparison.Ordinal) == true);
        Assert.Contains(Note, answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_starter_citing_off_no_answer_rests_on_the_unreviewed_library()
    {
        using var factory = new KepuBotFactory();
        factory.Settings["Library:CiteUnreviewedStarter"] = "false";
        using var client = await factory.CreateReadyClientAsync();

        var answer = await AskAsync(client);

        Assert.DoesNotContain(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("docId").GetString() == Article);
        Assert.DoesNotContain(Note, answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static (string?, string?) Change(JsonElement change) => (change.GetProperty("before").GetString(), change.GetProperty("after").GetString());

    private static async Task<JsonElement> AskAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync(Url("/api/ask"), new { question = Question });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
