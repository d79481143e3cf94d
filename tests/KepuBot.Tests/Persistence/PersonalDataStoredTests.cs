using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using KepuBot.Persistence;
using KepuBot.Tests.Channels;
using KepuBot.Tests.Staff;

namespace KepuBot.Tests.Persistence;

/// <summary>
/// Personal numbers in every form people type them, sent through the service's own endpoints and read back from the
/// database rows they land in: turns, the unanswered log, feedback, Direct Line history and the audit log.
/// </summary>
public sealed class PersonalDataStoredTests(StaffHost host) : IClassFixture<StaffHost>
{
    // Spaced and dashed phone numbers, full-width digits, a spaced card number, a 15-digit and an 18-digit ID.
    private const string Numbers = "电话138 1234 5678、138-1234-5678、１３９１２３４５６７８，卡号6222 0212 3456 7890 123，身份证110101900307123和11010119900307123X";
    private const string Masked = "电话138 **** 5678、138-****-5678、１３９****５６７８，卡号6222 **** **** ***0 123，身份证1101*******7123和1101**********123X";

    [Fact]
    public async Task A_question_and_its_feedback_are_stored_masked_in_turns_unanswered_and_feedback()
    {
        var question = "帮我推荐一只能涨的股票，" + Numbers;
        using var asked = await host.Client.PostAsJsonAsync(Url("/api/ask"), new { question });
        var turnId = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("turnId").GetString();
        using var feedback = await host.Client.PostAsJsonAsync(Url("/api/feedback"), new { turnId, helpful = false, comment = "请联系我：" + Numbers });
        Assert.Equal(HttpStatusCode.NoContent, feedback.StatusCode);

        await using var connection = await OpenAsync();
        var turn = await connection.QuerySingleAsync<(string Question, string Resolved)>("SELECT question, resolved_question FROM turns WHERE id = @turnId", new { turnId });
        Assert.Equal(("帮我推荐一只能涨的股票，" + Masked, "帮我推荐一只能涨的股票，" + Masked), turn);
        Assert.Equal("帮我推荐一只能涨的股票，" + Masked, await connection.QuerySingleAsync<string>("SELECT question FROM unanswered WHERE turn_id = @turnId", new { turnId }));
        Assert.Equal("请联系我：" + Masked, await connection.QuerySingleAsync<string>("SELECT comment FROM feedback WHERE turn_id = @turnId", new { turnId }));
    }

    [Fact]
    public async Task Direct_Line_history_keeps_the_users_text_masked_and_the_message_is_still_answered()
    {
        using var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", StaffHost.DirectLineSecret);
        using var started = await client.PostAsync(Url("/v3/directline/conversations"), null);
        var conversationId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString()!;
        var text = "隔夜菜能吃吗？" + Numbers;

        using var posted = await client.PostAsJsonAsync(Url($"/v3/directline/conversations/{conversationId}/activities"), new { type = "message", from = new { id = "dl-resident" }, text });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var reply = await Eventually.GetAsync(
            async () =>
            {
                var activities = (await client.GetFromJsonAsync<JsonElement>(Url($"/v3/directline/conversations/{conversationId}/activities"))).GetProperty("activities");
                var answer = activities.EnumerateArray().FirstOrDefault(a => a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.TryGetProperty("replyToId", out _));
                return answer.ValueKind == JsonValueKind.Object ? answer.GetProperty("text").GetString() : null;
            },
            "the bot's answer");

        Assert.False(string.IsNullOrEmpty(reply));
        await using var connection = await OpenAsync();
        var bodies = (await connection.QueryAsync<string>("SELECT body FROM directline_activities WHERE conversation_id = @conversationId", new { conversationId })).ToList();
        var user = bodies.Select(b => JsonDocument.Parse(b).RootElement).Single(a => a.GetProperty("from").GetProperty("role").GetString() == "user");
        Assert.Equal("隔夜菜能吃吗？" + Masked, user.GetProperty("text").GetString());
        Assert.All(bodies, b => Assert.DoesNotContain("1234 5678", b, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_sign_in_and_a_retirement_reason_are_audited_masked()
    {
        using var failed = await host.Client.PostAsJsonAsync(Url("/api/staff/login"), new { name = "138-1234-5678", password = "guess-guess" });
        using var reviewer = await host.ReviewerAsync();
        using var retired = await reviewer.PostAsJsonAsync(Url("/api/staff/library/digital-safe-mobile-payment/retire"), new { reason = "作者来电" + Numbers });
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);

        await using var connection = await OpenAsync();
        var login = await connection.QuerySingleAsync<(string Actor, string Target)>("SELECT actor, target FROM audit_log WHERE action = 'staff.login-failed' AND actor LIKE '138-%'");
        Assert.Equal(("138-****-5678", "staff-account:138-****-5678"), login);
        var reason = await connection.QuerySingleAsync<string>("SELECT after_summary FROM audit_log WHERE action = 'library.retire' AND target = 'library:digital-safe-mobile-payment'");
        Assert.Contains("作者来电" + Masked, JsonDocument.Parse(reason).RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private Task<System.Data.Common.DbConnection> OpenAsync() => host.Factory.Services.GetRequiredService<KepuDatabase>().OpenAsync(CancellationToken.None);
}
