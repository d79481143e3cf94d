using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace KepuBot.Tests.Staff.Library;

/// <summary>
/// Who may do what to the library, through the HTTP API, judged by what ends up stored (the corpus file, the audit
/// log) and what residents are then answered: the uploader is the author whatever the file says, staff draft,
/// reviewers approve and retire, nobody approves their own text.
/// </summary>
public sealed class LibraryRolesTests(StaffHost host) : IClassFixture<StaffHost>
{
    private const string Question = "燃气热水器可以装在浴室里吗？";
    private const string Body = "# 家用燃气热水器怎么安全使用？\n\n## 要点\n\n- 燃气热水器必须装在通风良好的地方，严禁装在浴室里。\n- 洗澡时感到头晕、乏力，要立即关掉热水器，打开门窗通风。\n";

    [Fact]
    public async Task An_upload_naming_someone_else_as_author_is_authored_by_the_uploader_who_then_cannot_approve_it()
    {
        const string id = "emergency-forged-author";
        using var reviewer = await host.ReviewerAsync();
        var forged = $"---\nid: {id}\ntitle: 燃气热水器\nkind: emergency\nauthor: {StaffHost.StaffName}\nreviewer: {StaffHost.AdminName}\nreviewed: 2026-05-01\nreview_by: 2027-05-01\nstatus: vetted\n---\n{Body}";

        using var uploaded = await reviewer.PostAsync(Url("/api/staff/library"), Upload(forged, id));
        using var ownApproval = await reviewer.PostAsync(Url($"/api/staff/library/{id}/approve"), null);

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, ownApproval.StatusCode);
        var stored = await StoredAsync(uploaded);
        Assert.Contains($"author: {StaffHost.ReviewerName}\n", stored, StringComparison.Ordinal);
        Assert.Contains("status: draft\n", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("reviewer:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(id, await CitedAsync());
        Assert.Equal([(StaffHost.ReviewerName, "library.import")], await AuditAsync(id));
    }

    [Fact]
    public async Task Staff_draft_but_may_not_approve_or_retire_and_nothing_changes_when_they_try()
    {
        const string id = "emergency-staff-draft";
        using var staff = await host.SignedInAsync(admin: false);
        using var uploaded = await staff.PostAsync(Url("/api/staff/library"), Upload(Body, id));
        var path = await PathAsync(uploaded);
        var draft = await File.ReadAllTextAsync(path);
        var starter = await File.ReadAllTextAsync(Path.Combine(host.Corpus, "kepu", "debunk", "debunk-overnight-dishes-cancer.md"));

        using var approve = await staff.PostAsync(Url($"/api/staff/library/{id}/approve"), null);
        using var retire = await staff.PostAsJsonAsync(Url("/api/staff/library/debunk-overnight-dishes-cancer/retire"), new { reason = "试试" });

        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, retire.StatusCode);
        Assert.Contains("权限", await approve.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(draft, await File.ReadAllTextAsync(path));
        Assert.Equal(starter, await File.ReadAllTextAsync(Path.Combine(host.Corpus, "kepu", "debunk", "debunk-overnight-dishes-cancer.md")));
        Assert.Equal([(StaffHost.StaffName, "library.import")], await AuditAsync(id));
        Assert.Empty(await AuditAsync("debunk-overnight-dishes-cancer"));
    }

    [Fact]
    public async Task A_reviewer_approves_a_colleagues_draft_which_is_then_cited_and_retires_it()
    {
        const string id = "emergency-reviewed-draft";
        using var staff = await host.SignedInAsync(admin: false);
        using var reviewer = await host.ReviewerAsync();
        using var uploaded = await staff.PostAsync(Url("/api/staff/library"), Upload(Body, id));

        using var approved = await reviewer.PostAsync(Url($"/api/staff/library/{id}/approve"), null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var stored = await StoredAsync(uploaded);
        Assert.Contains($"author: {StaffHost.StaffName}\n", stored, StringComparison.Ordinal);
        Assert.Contains($"reviewer: {StaffHost.ReviewerName}\n", stored, StringComparison.Ordinal);
        Assert.Contains(id, await CitedAsync());

        using var retired = await reviewer.PostAsJsonAsync(Url($"/api/staff/library/{id}/retire"), new { reason = "内容待更新" });
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.DoesNotContain(id, await CitedAsync());
        Assert.Equal(
            [(StaffHost.StaffName, "library.import"), (StaffHost.ReviewerName, "library.approve"), (StaffHost.ReviewerName, "library.retire")],
            await AuditAsync(id));
    }

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static MultipartFormDataContent Upload(string text, string id)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        return new MultipartFormDataContent
        {
            { file, "file", "热水器.md" },
            { new StringContent("emergency"), "kind" },
            { new StringContent(id), "id" },
            { new StringContent("应急管理部"), "basis" },
            { new StringContent("燃气安全"), "topics" },
            { new StringContent("居民"), "audience" },
        };
    }

    // The file as written into the corpus the service indexes.
    private async Task<string> StoredAsync(HttpResponseMessage uploaded) => await File.ReadAllTextAsync(await PathAsync(uploaded));

    private async Task<string> PathAsync(HttpResponseMessage uploaded) =>
        Path.Combine(host.Corpus, (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("path").GetString()!);

    private async Task<List<(string?, string?)>> AuditAsync(string id)
    {
        using var admin = await host.SignedInAsync(admin: true);
        var audit = await admin.GetFromJsonAsync<JsonElement>(Url($"/api/staff/audit?target=library:{id}"));
        return audit.GetProperty("entries").EnumerateArray().Reverse().Select(e => (e.GetProperty("actor").GetString(), e.GetProperty("action").GetString())).ToList();
    }

    private async Task<List<string?>> CitedAsync()
    {
        using var response = await host.Client.PostAsJsonAsync(Url("/api/ask"), new { question = Question });
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return answer.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("docId").GetString()).ToList();
    }
}
