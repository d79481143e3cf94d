using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using KepuBot.Persistence;
using KepuBot.Tests.Staff.Rumors;
using Microsoft.AspNetCore.Routing;

namespace KepuBot.Tests.Staff.Auth;

/// <summary>
/// Without a staff token nothing under <c>/api/staff</c> but sign-in answers, and nothing is changed: every endpoint
/// the service maps is asked (so a new one cannot be forgotten), then the changing ones again with requests that would
/// succeed with a token, and the corpus, the audit log and the queue are read back unchanged.
/// </summary>
public sealed class StaffUnauthenticatedTests(StaffHost host) : IClassFixture<StaffHost>
{
    // The endpoints that change something; the enumeration must find each, so an empty or stale list cannot pass.
    private static readonly string[] Changing =
    [
        "POST /api/staff/library/", "POST /api/staff/library/faq", "POST /api/staff/library/{id}/approve", "POST /api/staff/library/{id}/retire",
        "POST /api/staff/rumors/{id}/assign", "POST /api/staff/rumors/{id}/topic", "POST /api/staff/rumors/{id}/resolve", "POST /api/staff/rumors/{id}/publish",
    ];

    private static readonly string[] Basis = ["国家卫生健康委员会"];

    [Fact]
    public async Task Every_mapped_staff_endpoint_but_sign_in_refuses_a_request_without_a_token()
    {
        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } path && path.StartsWith("/api/staff", StringComparison.Ordinal) && path != "/api/staff/login")
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Path: e.RoutePattern.RawText!)))
            .ToList();
        Assert.Superset(Changing.ToHashSet(), endpoints.Select(e => $"{e.Method} {e.Path}").ToHashSet());

        foreach (var (method, path) in endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path.Replace("{id}", "x", StringComparison.Ordinal), UriKind.Relative))
            {
                Content = method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
            };
            using var response = await host.Client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.StatusCode}");
            Assert.Contains("登录", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Requests_that_would_change_the_library_or_the_queue_change_nothing_without_a_token()
    {
        var asked = await QueueCalls.AskAsync(host.Client, "听说喝醋能软化血管，是真的吗？", "unauth-resident");
        string caseId;
        using (var staff = await host.SignedInAsync(admin: false))
        {
            caseId = (await QueueCalls.CasesByTurnAsync(staff))[asked.Text("turnId")];
        }

        var corpus = CorpusFingerprint();
        var stored = await StoredChangesAsync(caseId);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("# 家用燃气热水器怎么安全使用？\n\n## 要点\n\n- 严禁装在浴室里。\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        using var upload = new MultipartFormDataContent { { file, "file", "热水器.md" }, { new StringContent("emergency"), "kind" }, { new StringContent("emergency-unauth"), "id" } };
        var attempts = new (string Path, HttpContent Body)[]
        {
            ("/api/staff/library", upload),
            ("/api/staff/library/faq", JsonContent.Create(new { question = "濮阳有几个科技馆？", answer = "见通知。", doc = "puyang-quanyu", section = "一" })),
            ("/api/staff/library/debunk-overnight-dishes-cancer/approve", JsonContent.Create(new { })),
            ("/api/staff/library/health-medicine-safety/retire", JsonContent.Create(new { reason = "未登录下架" })),
            ($"/api/staff/rumors/{caseId}/assign", JsonContent.Create(new { assignee = StaffHost.StaffName })),
            ($"/api/staff/rumors/{caseId}/topic", JsonContent.Create(new { topic = "未登录改的话题" })),
            ($"/api/staff/rumors/{caseId}/resolve", JsonContent.Create(new { verdict = "谣言", writeUp = "未登录写的结论。", basis = Basis, publish = true })),
            ($"/api/staff/rumors/{caseId}/publish", JsonContent.Create(new { })),
        };

        foreach (var (path, body) in attempts)
        {
            using (body)
            using (var response = await host.Client.PostAsync(new Uri(path, UriKind.Relative), body))
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{path}: {(int)response.StatusCode}");
            }
        }

        Assert.Equal(corpus, CorpusFingerprint());
        Assert.Equal(stored, await StoredChangesAsync(caseId));
    }

    // Every corpus file and its content, as the service would index them.
    private string CorpusFingerprint() =>
        string.Join('\n', Directory.EnumerateFiles(host.Corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(host.Corpus, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}"));

    // The audit log (sign-ins aside) and the case row, straight from the database.
    private async Task<string> StoredChangesAsync(string caseId)
    {
        await using var connection = await host.Factory.Services.GetRequiredService<KepuDatabase>().OpenAsync(CancellationToken.None);
        var audit = await connection.QueryAsync<string>("SELECT action || ' ' || target FROM audit_log WHERE action NOT LIKE 'staff.login%' ORDER BY at, id");
        var row = await connection.QuerySingleAsync<(string Status, string Topic, string? Assignee, string? Verdict, string? PublishedDocId)>(
            "SELECT status, topic, assignee, verdict, published_doc_id FROM rumor_cases WHERE id = @caseId", new { caseId });
        return string.Join('\n', audit) + "\n" + row;
    }
}
