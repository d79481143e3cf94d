using System.Net.Http.Json;
using System.Text.Json;

namespace KepuBot.Tests.Staff.Rumors;

/// <summary>A case counts reports and people, keeps first and last seen, a per-day and per-hour trend, and masked claims.</summary>
public sealed class CaseCountsTests(StaffHost host) : IClassFixture<StaffHost>
{
    private static readonly string[] SchoolBasis = ["教育部门"];

    [Fact]
    public async Task Reports_over_three_days_give_count_people_first_last_and_daily_trend()
    {
        host.Clock.Advance(TimeSpan.FromDays(-2));
        var first = await QueueCalls.AskAsync(host.Client, "听说喝可乐能杀死肚子里的幽门螺杆菌，是真的吗", "zhang");
        host.Clock.Advance(TimeSpan.FromDays(1));
        await QueueCalls.AskAsync(host.Client, "网上说可乐能杀死幽门螺杆菌，靠谱吗", "wang");
        host.Clock.Advance(TimeSpan.FromDays(1));
        await QueueCalls.AskAsync(host.Client, "群里说喝可乐可以杀幽门螺杆菌，真的假的", "zhang");
        await QueueCalls.AskAsync(host.Client, "听说喝可乐能杀死幽门螺杆菌，是真的吗", "li");

        using var staff = await host.SignedInAsync(admin: false);
        var caseId = (await QueueCalls.CasesByTurnAsync(staff))[first.Text("turnId")];
        var detail = await QueueCalls.DetailAsync(staff, caseId);
        var @case = detail.GetProperty("case");

        Assert.Equal(4, @case.GetProperty("reportCount").GetInt64());
        Assert.Equal(3, @case.GetProperty("reporterCount").GetInt64());
        var firstSeen = @case.GetProperty("firstSeen").GetDateTimeOffset();
        var lastSeen = @case.GetProperty("lastSeen").GetDateTimeOffset();
        Assert.InRange(lastSeen - firstSeen, TimeSpan.FromDays(2) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(2) + TimeSpan.FromMinutes(5));
        var daily = detail.GetProperty("daily").EnumerateArray().Select(p => p.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(30, daily.Count);
        Assert.Equal([1, 1, 2], daily.TakeLast(3));
        Assert.Equal(2, detail.GetProperty("hourly").EnumerateArray().Sum(p => p.GetProperty("count").GetInt32()));

        var listed = (await QueueCalls.CasesAsync(staff)).Single(v => v.GetProperty("case").Text("id") == caseId);
        Assert.Equal([1, 1, 2], listed.GetProperty("lastWeek").EnumerateArray().Select(n => n.GetInt32()).TakeLast(3));
    }

    [Fact]
    public async Task Claims_are_kept_with_phone_and_id_numbers_masked()
    {
        var answer = await QueueCalls.AskAsync(host.Client, "听说打13800138000这个电话报身份证号110101199003074514就能领养老补贴，是真的吗", "masked-resident");

        using var staff = await host.SignedInAsync(admin: false);
        var caseId = (await QueueCalls.CasesByTurnAsync(staff))[answer.Text("turnId")];
        var json = (await QueueCalls.DetailAsync(staff, caseId)).GetRawText();

        Assert.DoesNotContain("13800138000", json, StringComparison.Ordinal);
        Assert.DoesNotContain("110101199003074514", json, StringComparison.Ordinal);
        Assert.Contains("138****8000", json, StringComparison.Ordinal);
        Assert.DoesNotContain("masked-resident", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_that_matches_a_vetted_debunk_is_queued_with_the_match()
    {
        var answer = await QueueCalls.AskAsync(host.Client, "听说5G基站辐射会致癌，是真的吗？", "debunk-asker");
        var cited = answer.GetProperty("citations").EnumerateArray().Select(c => c.Text("docId")).First();

        using var staff = await host.SignedInAsync(admin: false);
        var caseId = (await QueueCalls.CasesByTurnAsync(staff))[answer.Text("turnId")];
        var @case = (await QueueCalls.DetailAsync(staff, caseId)).GetProperty("case");

        Assert.Equal("debunk-5g-radiation-cancer", cited);
        Assert.Equal(cited, @case.Text("debunkId"));
        Assert.Equal("通信辐射", @case.Text("topic"));
    }

    [Fact]
    public async Task The_list_filters_by_status_topic_and_text_and_sorts_by_count()
    {
        for (var i = 0; i < 3; i++)
        {
            await QueueCalls.AskAsync(host.Client, "听说用淘米水洗脸能美白祛斑，是真的吗", $"rice-{i}");
        }

        var schoolTurn = await QueueCalls.AskAsync(host.Client, "网传明天全市中小学停课一周，真的假的", "school-1");
        using var staff = await host.SignedInAsync(admin: false);

        // One case resolved, so the status filter has something to return (an empty list would pass any check).
        var schoolCase = (await QueueCalls.CasesByTurnAsync(staff))[schoolTurn.Text("turnId")];
        using (var resolving = await staff.PostAsJsonAsync(new Uri($"/api/staff/rumors/{schoolCase}/resolve", UriKind.Relative), new
        {
            verdict = "谣言",
            writeUp = "教育部门没有发布全市停课的通知，停课安排以学校和教育部门的正式通知为准。",
            basis = SchoolBasis,
            publish = false,
        }))
        {
            Assert.True(resolving.IsSuccessStatusCode, await resolving.Content.ReadAsStringAsync());
        }

        var byCount = await QueueCalls.CasesAsync(staff, "&sort=count");
        var counts = byCount.Select(v => v.GetProperty("case").GetProperty("reportCount").GetInt64()).ToList();
        var rice = await QueueCalls.CasesAsync(staff, "&q=" + Uri.EscapeDataString("淘米水"));
        var school = await QueueCalls.CasesAsync(staff, "&topic=" + Uri.EscapeDataString("社会民生"));
        var resolved = await QueueCalls.CasesAsync(staff, "&status=resolved");

        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal(3, Assert.Single(rice).GetProperty("case").GetProperty("reportCount").GetInt64());
        Assert.Contains(school, v => v.GetProperty("case").Text("claim").Contains("停课", StringComparison.Ordinal));
        Assert.All(school, v => Assert.Equal("社会民生", v.GetProperty("case").Text("topic")));
        Assert.Contains(resolved, v => v.GetProperty("case").Text("id") == schoolCase);
        Assert.All(resolved, v => Assert.Equal("resolved", v.GetProperty("case").Text("status")));
    }

    [Theory]
    [InlineData("?status=closed")]
    [InlineData("?sort=loudest")]
    [InlineData("?limit=0")]
    public async Task Bad_list_queries_get_400(string query)
    {
        using var staff = await host.SignedInAsync(admin: false);
        using var response = await staff.GetAsync(new Uri("/api/staff/rumors" + query, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }
}
