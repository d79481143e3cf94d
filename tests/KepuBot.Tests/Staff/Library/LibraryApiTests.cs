using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace KepuBot.Tests.Staff.Library;

/// <summary>The 知识库 API: staff upload, approve and retire articles and write FAQ entries; answers follow at once.</summary>
public sealed class LibraryApiTests(StaffHost host) : IClassFixture<StaffHost>
{
    private const string Article = "# 家用燃气热水器怎么安全使用？\n\n## 要点\n\n- 燃气热水器必须装在通风良好的地方，严禁装在浴室里。\n- 洗澡时感到头晕、乏力，要立即关掉热水器，打开门窗通风。\n";

    [Fact]
    public async Task Staff_upload_a_draft_another_approves_it_and_the_next_answer_cites_it_then_retiring_stops_that()
    {
        using var author = await host.SignedInAsync(admin: false);
        using var reviewer = await host.SignedInAsync(admin: true);
        const string id = "emergency-heater-api";
        const string question = "燃气热水器可以装在浴室里吗？";

        using var uploaded = await author.PostAsync(Url("/api/staff/library"), Upload(id, "emergency", basis: "应急管理部"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal("draft", (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("after").GetString());
        Assert.DoesNotContain(id, await CitedAsync(question));

        // A staff account drafts; approving is for reviewers (LibraryRolesTests covers the roles in full).
        using var staffApproval = await author.PostAsync(Url($"/api/staff/library/{id}/approve"), null);
        Assert.Equal(HttpStatusCode.Forbidden, staffApproval.StatusCode);

        using var approved = await reviewer.PostAsync(Url($"/api/staff/library/{id}/approve"), null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains(id, await CitedAsync(question));

        using var retired = await reviewer.PostAsJsonAsync(Url($"/api/staff/library/{id}/retire"), new { reason = "内容待更新，联系人13812345678" });
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.DoesNotContain(id, await CitedAsync(question));

        var audit = await reviewer.GetFromJsonAsync<JsonElement>(Url($"/api/staff/audit?target=library:{id}"));
        var entries = audit.GetProperty("entries").EnumerateArray().Reverse().ToList();
        Assert.Equal(
            [(StaffHost.StaffName, "library.import"), (StaffHost.AdminName, "library.approve"), (StaffHost.AdminName, "library.retire")],
            entries.Select(e => (e.GetProperty("actor").GetString(), e.GetProperty("action").GetString())).ToList());
        Assert.Contains("138****5678", entries[^1].GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", entries[^1].GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_the_service_could_not_answer_gets_a_curated_answer_once_the_faq_entry_is_approved()
    {
        const string question = "濮阳哪些馆要变成科普的地方";
        const string answer = "引导中原油田展览馆、市博物馆、市规划展览馆、林喜才劳模工作室、孙健初故居纪念馆等丰富科技内涵，拓展科普功能。";
        Assert.False((await AskAsync(question)).GetProperty("grounded").GetBoolean());
        using var author = await host.SignedInAsync(admin: false);
        var unanswered = await author.GetFromJsonAsync<JsonElement>(Url("/api/staff/unanswered"));
        Assert.Contains(unanswered.GetProperty("questions").EnumerateArray(), q => q.GetProperty("question").GetString() == question);
        var sections = await author.GetFromJsonAsync<JsonElement>(Url("/api/staff/library/sections?doc=puyang-quanyu"));
        var section = sections.GetProperty("sections").EnumerateArray().Select(s => s.GetString()!).Single(s => s.EndsWith("3.推动科普阵地均衡发展", StringComparison.Ordinal));

        using var added = await author.PostAsJsonAsync(Url("/api/staff/library/faq"), new { question, answer, doc = "puyang-quanyu", section });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var faqId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("docId").GetString();
        Assert.False((await AskAsync(question)).GetProperty("grounded").GetBoolean());

        using var reviewer = await host.SignedInAsync(admin: true);
        using var approved = await reviewer.PostAsync(Url($"/api/staff/library/{faqId}/approve"), null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var reply = await AskAsync(question);
        Assert.Equal(answer, reply.GetProperty("answer").GetString()!.Split('\n')[0]);
        Assert.Equal("puyang-quanyu", reply.GetProperty("citations")[0].GetProperty("docId").GetString());
        Assert.Equal(section, reply.GetProperty("citations")[0].GetProperty("section").GetString());
    }

    [Fact]
    public async Task Drafts_are_listed_and_previewed_for_staff()
    {
        using var staff = await host.SignedInAsync(admin: false);
        using var uploaded = await staff.PostAsync(Url("/api/staff/library"), Upload("health-draft-preview", "health", basis: "国家卫生健康委员会"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);

        var drafts = await staff.GetFromJsonAsync<JsonElement>(Url("/api/staff/library?status=draft"));
        var preview = await staff.GetFromJsonAsync<JsonElement>(Url("/api/staff/library/health-draft-preview"));

        Assert.Contains(drafts.GetProperty("entries").EnumerateArray(), e => e.GetProperty("id").GetString() == "health-draft-preview" && e.GetProperty("author").GetString() == StaffHost.StaffName);
        Assert.All(drafts.GetProperty("entries").EnumerateArray(), e => Assert.Equal("draft", e.GetProperty("status").GetString()));
        Assert.Contains("严禁装在浴室里", preview.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/staff/library?status=bogus", "GET", HttpStatusCode.BadRequest)]
    [InlineData("/api/staff/library/no-such-article/approve", "POST", HttpStatusCode.NotFound)]
    [InlineData("/api/staff/library/banan-2021-2025/retire", "POST", HttpStatusCode.Conflict)]
    [InlineData("/api/staff/library/sections", "GET", HttpStatusCode.BadRequest)]
    [InlineData("/api/staff/library/sections?doc=no-such-doc", "GET", HttpStatusCode.NotFound)]
    public async Task Bad_requests_get_a_reason_not_a_server_error(string path, string method, HttpStatusCode expected)
    {
        using var staff = await host.SignedInAsync(admin: true);
        using var response = await staff.SendAsync(new HttpRequestMessage(new HttpMethod(method), Url(path)));

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Uploads_and_faq_entries_that_fail_the_vetting_rules_are_refused_with_the_field()
    {
        using var staff = await host.SignedInAsync(admin: false);

        using var policy = await staff.PostAsync(Url("/api/staff/library"), Upload("policy-upload", "policy", basis: null));
        using var noFile = await staff.PostAsync(Url("/api/staff/library"), new MultipartFormDataContent { { new StringContent("health"), "kind" } });
        using var badSection = await staff.PostAsJsonAsync(Url("/api/staff/library/faq"), new { question = "濮阳有几个科技馆？", answer = "有3个。", doc = "puyang-quanyu", section = "不存在的章节" });

        Assert.Equal(HttpStatusCode.BadRequest, policy.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badSection.StatusCode);
        var issues = (await badSection.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issues");
        Assert.Contains(issues.EnumerateArray(), i => i.GetProperty("field").GetString() == "section");
    }

    [Fact]
    public async Task The_library_is_closed_without_a_staff_token()
    {
        using var response = await host.Client.GetAsync(Url("/api/staff/library"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static MultipartFormDataContent Upload(string id, string kind, string? basis)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Article));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        var form = new MultipartFormDataContent { { file, "file", "热水器.md" }, { new StringContent(kind), "kind" }, { new StringContent(id), "id" } };
        form.Add(new StringContent("燃气安全，热水器"), "topics");
        form.Add(new StringContent("居民"), "audience");
        if (basis is not null)
        {
            form.Add(new StringContent(basis), "basis");
        }

        return form;
    }

    private async Task<JsonElement> AskAsync(string question)
    {
        using var response = await host.Client.PostAsJsonAsync(Url("/api/ask"), new { question });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<IReadOnlyList<string?>> CitedAsync(string question) =>
        (await AskAsync(question)).GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("docId").GetString()).ToList();
}
