using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Dapper;
using KepuBot.Channels.WeChat;
using KepuBot.Persistence;
using KepuBot.Tests.Channels.WeChat;
using KepuBot.Tests.Staff.Rumors;

namespace KepuBot.Tests.Persistence;

/// <summary>A user whose requests are spread over two instances sees one service: one conversation, one answer per message.</summary>
public sealed class TwoInstancesTests(TwoInstances services) : IClassFixture<TwoInstances>
{
    private const string Question = "区气象局要开展什么主题科普活动？";
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(30);

    [PostgresFact]
    public async Task A_follow_up_on_one_instance_resolves_against_a_turn_on_the_other_and_feedback_reaches_it()
    {
        var conversationId = "two-" + Guid.NewGuid().ToString("N");
        using var a = new HttpClient { BaseAddress = services.A.BaseAddress };
        using var b = new HttpClient { BaseAddress = services.B.BaseAddress };

        var first = await AskAsync(services.A, a, "巴南区妇联要做哪些科普工作？", conversationId);
        var followUp = await AskAsync(services.B, b, "那亲子活动呢？", conversationId);
        using var feedback = await b.PostAsJsonAsync(new Uri("/api/feedback", UriKind.Relative), new { turnId = first.GetProperty("turnId").GetString(), helpful = true });

        // Alone, "那亲子活动呢？" also cites other units' work; resolved against A's turn it is about 区妇联 only.
        Assert.True(followUp.GetProperty("grounded").GetBoolean());
        Assert.All(followUp.GetProperty("citations").EnumerateArray(), c => Assert.Contains("区妇联", c.GetProperty("section").GetString(), StringComparison.Ordinal));
        Assert.Contains("妇联", await ResolvedQuestionAsync(followUp.GetProperty("turnId").GetString()!), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, feedback.StatusCode);
    }

    [PostgresFact]
    public async Task Rumor_reports_through_either_instance_form_one_case_that_staff_work_from_either()
    {
        var run = Guid.NewGuid().ToString("N");
        using var a = new HttpClient { BaseAddress = services.A.BaseAddress };
        using var b = new HttpClient { BaseAddress = services.B.BaseAddress };
        var first = await QueueCalls.AskAsync(a, "听说下个月起全区自来水要涨价三倍，是真的吗", "two-rumor-1-" + run);
        var second = await QueueCalls.AskAsync(b, "群里都在传下个月全区自来水涨价三倍，真的假的", "two-rumor-2-" + run);
        using var staffOnA = await SignedInAsync(services.A);
        using var staffOnB = await SignedInAsync(services.B);

        var byTurn = await QueueCalls.CasesByTurnAsync(staffOnA);
        var caseId = byTurn[first.Text("turnId")];
        Assert.Equal(caseId, byTurn[second.Text("turnId")]);
        using var assign = await staffOnB.PostAsJsonAsync(new Uri($"/api/staff/rumors/{caseId}/assign", UriKind.Relative), new { assignee = TwoInstances.StaffName });
        var seenOnA = (await QueueCalls.DetailAsync(staffOnA, caseId)).GetProperty("case");

        Assert.True(assign.IsSuccessStatusCode, await assign.Content.ReadAsStringAsync());
        Assert.Equal(2, seenOnA.GetProperty("reportCount").GetInt64());
        Assert.Equal("assigned", seenOnA.Text("status"));
        Assert.Equal(TwoInstances.StaffName, seenOnA.Text("assignee"));
    }

    [PostgresFact]
    public async Task A_WeChat_retry_that_reaches_the_other_instance_is_answered_once_and_alike()
    {
        var msgId = Random.Shared.NextInt64(1_000_000_000_000_000, 9_000_000_000_000_000).ToString(CultureInfo.InvariantCulture);
        var xml = Inbound.Text(Question, msgId);

        // WeChat gave up on the first delivery's connection and retried; the retry landed on the other instance.
        var replies = await Task.WhenAll(PostWeChatAsync(services.A, xml), PostWeChatAsync(services.B, xml));
        var late = await PostWeChatAsync(services.B, xml);

        Assert.Contains("世界气象日", replies[0], StringComparison.Ordinal);
        Assert.Equal(replies[0], replies[1]);
        Assert.Equal(replies[0], late);
        Assert.Equal(1, await ScalarAsync<long>(
            "SELECT COUNT(*) FROM turns JOIN conversations c ON c.id = turns.conversation_id WHERE c.channel = 'wechat' AND turns.question = @Question",
            new { Question }));
    }

    [PostgresFact]
    public async Task A_Direct_Line_message_posted_through_one_instance_is_read_and_streamed_through_the_other()
    {
        using var a = new HttpClient { BaseAddress = services.A.BaseAddress };
        using var b = new HttpClient { BaseAddress = services.B.BaseAddress };
        var started = await SendAsync(a, HttpMethod.Post, "/v3/directline/conversations", TwoInstances.DirectLineSecret, "{}");
        var conversationId = started.GetProperty("conversationId").GetString()!;
        var token = started.GetProperty("token").GetString()!;
        var reconnect = await SendAsync(b, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=0", token);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(reconnect.GetProperty("streamUrl").GetString()!), CancellationToken.None);
        Assert.Equal("1", (await ReceiveAsync(socket)).GetProperty("watermark").GetString());

        var posted = await SendAsync(a, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token,
            JsonSerializer.Serialize(new { type = "message", text = Question, from = new { id = "dl_two_instances" } }));
        var postedId = posted.GetProperty("id").GetString();

        var streamed = new List<JsonElement>();
        while (streamed.Count == 0 || !IsBotMessage(streamed[^1]))
        {
            streamed.AddRange((await ReceiveAsync(socket)).GetProperty("activities").EnumerateArray());
        }

        Assert.Equal(["message", "typing", "message"], streamed.Select(s => s.GetProperty("type").GetString()));
        Assert.Equal(postedId, streamed[0].GetProperty("id").GetString());
        Assert.Equal(postedId, streamed[2].GetProperty("replyToId").GetString());
        Assert.Contains("世界气象日", streamed[2].GetProperty("text").GetString(), StringComparison.Ordinal);
        var page = await SendAsync(b, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=1", token);
        Assert.Equal([postedId, streamed[2].GetProperty("id").GetString()], page.GetProperty("activities").EnumerateArray().Select(x => x.GetProperty("id").GetString()));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    private static bool IsBotMessage(JsonElement activity) =>
        activity.GetProperty("type").GetString() == "message" && activity.GetProperty("from").GetProperty("role").GetString() == "bot";

    private Task<string> ResolvedQuestionAsync(string turnId) =>
        ScalarAsync<string>("SELECT resolved_question FROM turns WHERE id = @turnId", new { turnId });

    private async Task<T> ScalarAsync<T>(string sql, object parameters)
    {
        using var database = new PostgresDatabase(services.ConnectionString);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    [PostgresFact]
    public async Task A_WeChat_url_replayed_with_another_body_on_the_other_instance_is_refused()
    {
        const string Forged = "另一个实例上伪造的问题";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Random.Shared.Next(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
        var url = new Uri($"/wechat?signature={WeChatSignature.Compute(ServiceProcess.WeChatToken, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}&openid={WeChatHost.OpenId}", UriKind.Relative);

        using var first = await PostRawAsync(services.A, url, Inbound.Text(Question, Random.Shared.NextInt64(1_000_000_000, 9_000_000_000).ToString(CultureInfo.InvariantCulture)));
        using var replay = await PostRawAsync(services.B, url, Inbound.Text(Forged, Random.Shared.NextInt64(1_000_000_000, 9_000_000_000).ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, replay.StatusCode);
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM turns WHERE question = @Forged", new { Forged }));
    }

    private static async Task<HttpResponseMessage> PostRawAsync(ServiceProcess service, Uri url, string xml)
    {
        using var client = new HttpClient { BaseAddress = service.BaseAddress };
        using var content = new StringContent(xml, Encoding.UTF8, "text/xml");
        var response = await client.PostAsync(url, content);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static async Task<JsonElement> AskAsync(ServiceProcess service, HttpClient client, string question, string conversationId)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question, conversationId });
        Assert.True(response.IsSuccessStatusCode, $"/api/ask answered {(int)response.StatusCode}:\n{service.RecentOutput}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private static async Task<string> PostWeChatAsync(ServiceProcess service, string xml)
    {
        using var client = new HttpClient { BaseAddress = service.BaseAddress };
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = WeChatSignature.Compute(ServiceProcess.WeChatToken, timestamp, "4242");
        using var content = new StringContent(xml, Encoding.UTF8, "text/xml");
        using var response = await client.PostAsync(new Uri($"/wechat?signature={signature}&timestamp={timestamp}&nonce=4242&openid={WeChatHost.OpenId}", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return WeChatHost.ReplyFields(await response.Content.ReadAsStringAsync())["Content"];
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, string bearer, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(FrameTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
    }

    private static async Task<HttpClient> SignedInAsync(ServiceProcess instance)
    {
        var client = new HttpClient { BaseAddress = instance.BaseAddress };
        using var login = await client.PostAsJsonAsync(new Uri("/api/staff/login", UriKind.Relative), new { name = TwoInstances.StaffName, password = TwoInstances.StaffPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).Text("token");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
