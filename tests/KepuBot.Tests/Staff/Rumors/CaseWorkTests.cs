using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KepuBot.Tests.Staff.Rumors;

/// <summary>
/// Staff assign, resolve and publish a case; every change is audited; a published debunk answers the next resident
/// once someone other than its author has reviewed it (publishing by a reviewer who did not resolve the case is that
/// review; otherwise it waits in the library as a draft).
/// </summary>
public sealed class CaseWorkTests(StaffHost host) : IClassFixture<StaffHost>
{
    private static readonly string[] Basis = ["国家卫生健康委员会", "中国营养学会"];

    [Fact]
    public async Task Assign_resolve_and_publish_are_recorded_and_the_debunk_answers_the_next_resident_once_a_reviewer_approves_it()
    {
        var before = await QueueCalls.AskAsync(host.Client, "听说喝浓茶能解酒，是真的吗？", "first-asker");
        var untouched = await QueueCalls.AskAsync(host.Client, "听说用白醋泡脚能降血压，是真的吗？", "other-asker");
        Assert.False(before.GetProperty("grounded").GetBoolean());
        using var staff = await host.SignedInAsync(admin: false);
        var casesByTurn = await QueueCalls.CasesByTurnAsync(staff);
        var caseId = casesByTurn[before.Text("turnId")];
        var untouchedId = casesByTurn[untouched.Text("turnId")];
        Assert.NotEqual(caseId, untouchedId);
        Assert.DoesNotContain(await QueueCalls.CasesAsync(staff, "&status=assigned"), v => v.GetProperty("case").Text("id") == caseId);

        var assigned = await PostAsync(staff, $"/api/staff/rumors/{caseId}/assign", new { assignee = StaffHost.StaffName });
        Assert.Equal("assigned", assigned.Text("status"));
        Assert.Equal(StaffHost.StaffName, assigned.Text("assignee"));

        // The filter is checked against a case it must drop as well as the one it must keep: a filter that returned
        // every case would still hold the assigned one.
        var assignedList = await QueueCalls.CasesAsync(staff, "&status=assigned");
        Assert.Single(assignedList, v => v.GetProperty("case").Text("id") == caseId);
        Assert.DoesNotContain(assignedList, v => v.GetProperty("case").Text("id") == untouchedId);
        Assert.All(assignedList, v => Assert.Equal("assigned", v.GetProperty("case").Text("status")));
        Assert.Contains(await QueueCalls.CasesAsync(staff, "&status=open"), v => v.GetProperty("case").Text("id") == untouchedId);

        var resolved = await PostAsync(staff, $"/api/staff/rumors/{caseId}/resolve", new
        {
            verdict = "谣言",
            writeUp = "喝浓茶不能解酒。茶里的咖啡因会加快心跳，和酒精一起反而加重心脏和肾脏的负担。醉酒后应多休息，严重时及时就医。",
            basis = Basis,
            publish = true,
        });
        var published = resolved.GetProperty("published");
        var docId = published.Text("docId");
        Assert.Equal("resolved", resolved.GetProperty("case").Text("status"));
        Assert.Equal(docId, resolved.GetProperty("case").Text("publishedDocId"));

        // A staff member wrote it; it is the library's draft until a reviewer other than its author approves it.
        Assert.Equal("draft", published.Text("status"));
        var article = await File.ReadAllTextAsync(Path.Combine(host.Corpus, published.Text("file")));
        Assert.Contains("kind: debunk", article, StringComparison.Ordinal);
        Assert.Contains("verdict: 谣言", article, StringComparison.Ordinal);
        Assert.Contains("status: draft", article, StringComparison.Ordinal);
        Assert.Contains($"author: {StaffHost.StaffName}", article, StringComparison.Ordinal);
        Assert.DoesNotContain("reviewer:", article, StringComparison.Ordinal);
        Assert.Contains("basis: [国家卫生健康委员会, 中国营养学会]", article, StringComparison.Ordinal);
        Assert.False((await QueueCalls.AskAsync(host.Client, "网上说喝醉了喝浓茶可以解酒，靠谱吗", "early-asker")).GetProperty("grounded").GetBoolean());

        using var reviewer = await host.ReviewerAsync();
        using var approved = await reviewer.PostAsync(new Uri($"/api/staff/library/{docId}/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains($"reviewer: {StaffHost.ReviewerName}", await File.ReadAllTextAsync(Path.Combine(host.Corpus, published.Text("file"))), StringComparison.Ordinal);

        var after = await QueueCalls.AskAsync(host.Client, "网上说喝醉了喝浓茶可以解酒，靠谱吗", "second-asker");
        Assert.True(after.GetProperty("grounded").GetBoolean(), after.GetRawText());
        Assert.Contains("谣言", after.Text("answer"), StringComparison.Ordinal);
        Assert.Equal(docId, after.GetProperty("citations")[0].Text("docId"));

        using var admin = await host.SignedInAsync(admin: true);
        var audit = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/staff/audit?target=rumor-case:" + caseId, UriKind.Relative));
        var entries = audit.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["rumor.publish", "rumor.resolve", "rumor.assign"], entries.Select(e => e.Text("action")));
        Assert.All(entries, e => Assert.Equal(StaffHost.StaffName, e.Text("actor")));
        Assert.Contains("\"verdict\":\"谣言\"", entries[1].Text("after"), StringComparison.Ordinal);
        Assert.Contains(docId, entries[0].Text("after"), StringComparison.Ordinal);
        Assert.Contains("\"status\":\"draft\"", entries[0].Text("after"), StringComparison.Ordinal);

        var history = (await QueueCalls.DetailAsync(staff, caseId)).GetProperty("history");
        Assert.Equal(3, history.GetArrayLength());
    }

    [Fact]
    public async Task A_reviewer_publishing_a_case_a_colleague_resolved_is_the_review_and_the_debunk_is_cited_at_once()
    {
        var asked = await QueueCalls.AskAsync(host.Client, "听说吃香蕉能治便秘，是真的吗？", "banana-asker");
        using var staff = await host.SignedInAsync(admin: false);
        var caseId = (await QueueCalls.CasesByTurnAsync(staff))[asked.Text("turnId")];
        await PostAsync(staff, $"/api/staff/rumors/{caseId}/resolve", new
        {
            verdict = "谣言",
            writeUp = "香蕉不能治便秘。没熟透的香蕉含鞣酸，反而可能加重便秘。便秘应多吃蔬菜、多喝水、多运动，长期便秘要就医。",
            basis = Basis,
        });
        using var reviewer = await host.ReviewerAsync();

        var published = (await PostAsync(reviewer, $"/api/staff/rumors/{caseId}/publish", new { })).GetProperty("published");

        Assert.Equal("vetted", published.Text("status"));
        var article = await File.ReadAllTextAsync(Path.Combine(host.Corpus, published.Text("file")));
        Assert.Contains($"author: {StaffHost.StaffName}\n", article, StringComparison.Ordinal);
        Assert.Contains($"reviewer: {StaffHost.ReviewerName}\n", article, StringComparison.Ordinal);
        Assert.Contains("status: vetted\n", article, StringComparison.Ordinal);
        var after = await QueueCalls.AskAsync(host.Client, "网上说吃香蕉可以治便秘，靠谱吗", "banana-asker-2");
        Assert.Equal(published.Text("docId"), after.GetProperty("citations")[0].Text("docId"));
    }

    [Fact]
    public async Task Bad_changes_get_4xx_with_reasons()
    {
        var answer = await QueueCalls.AskAsync(host.Client, "听说吃味精会掉头发，是真的吗", "bad-input");
        using var staff = await host.SignedInAsync(admin: false);
        var caseId = (await QueueCalls.CasesByTurnAsync(staff))[answer.Text("turnId")];

        using var unknownVerdict = await staff.PostAsJsonAsync(new Uri($"/api/staff/rumors/{caseId}/resolve", UriKind.Relative), new { verdict = "假的", writeUp = "x" });
        using var noWriteUp = await staff.PostAsJsonAsync(new Uri($"/api/staff/rumors/{caseId}/resolve", UriKind.Relative), new { verdict = "谣言" });
        using var unknownStaff = await staff.PostAsJsonAsync(new Uri($"/api/staff/rumors/{caseId}/assign", UriKind.Relative), new { assignee = "路人甲" });
        using var unknownCase = await staff.PostAsJsonAsync(new Uri("/api/staff/rumors/nope/assign", UriKind.Relative), new { assignee = StaffHost.StaffName });
        using var unresolvedPublish = await staff.PostAsJsonAsync(new Uri($"/api/staff/rumors/{caseId}/publish", UriKind.Relative), new { });
        await PostAsync(staff, $"/api/staff/rumors/{caseId}/resolve", new { verdict = "无法核实", writeUp = "暂无权威结论。" });
        using var unverifiablePublish = await staff.PostAsJsonAsync(new Uri($"/api/staff/rumors/{caseId}/publish", UriKind.Relative), new { });

        Assert.Equal(HttpStatusCode.BadRequest, unknownVerdict.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noWriteUp.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownStaff.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCase.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, unresolvedPublish.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, unverifiablePublish.StatusCode);
        Assert.Contains("依据", await unverifiablePublish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Residents_cannot_reach_the_queue_or_anyone_elses_messages()
    {
        const string secret = "听说我们小区王大爷家的狗咬死了人，电话13700001111，是真的吗";
        var answer = await QueueCalls.AskAsync(host.Client, secret, "resident-a");
        using var staff = await host.SignedInAsync(admin: false);
        var caseId = (await QueueCalls.CasesByTurnAsync(staff))[answer.Text("turnId")];

        foreach (var path in new[] { "/api/staff/rumors", $"/api/staff/rumors/{caseId}", "/api/staff/rumors/topics", "/api/staff/unanswered" })
        {
            using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("王大爷", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var change = await host.Client.PostAsJsonAsync(new Uri($"/api/staff/rumors/{caseId}/resolve", UriKind.Relative), new { verdict = "属实", writeUp = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, change.StatusCode);

        var other = await QueueCalls.AskAsync(host.Client, "王大爷家的狗咬人了吗", "resident-b");
        using var search = await host.Client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("王大爷 狗 咬死"), UriKind.Relative));
        Assert.DoesNotContain("13700001111", other.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("咬死了人", other.Text("answer"), StringComparison.Ordinal);
        Assert.DoesNotContain("王大爷", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
