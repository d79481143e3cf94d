using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using KepuBot.Persistence;

namespace KepuBot.Tests.Channels.Web;

public sealed class AskApiTests(KepuBotFactory factory) : IClassFixture<KepuBotFactory>
{
    private async Task<JsonElement> AskAsync(object body)
    {
        var client = await factory.CreateReadyClientAsync();
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_science_question_gets_a_short_cited_answer_from_the_library()
    {
        var answer = await AskAsync(new { question = "隔夜菜能吃吗？" });

        Assert.True(answer.GetProperty("grounded").GetBoolean());
        Assert.Equal("kepu", answer.GetProperty("intent").GetString());
        Assert.Contains("冷藏", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var citation = answer.GetProperty("citations")[0];
        Assert.Equal("debunk-overnight-dishes-cancer", citation.GetProperty("docId").GetString());
        Assert.False(string.IsNullOrEmpty(citation.GetProperty("quote").GetString()));
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("turnId").GetString()));
    }

    [Fact]
    public async Task A_policy_question_is_answered_from_the_right_section()
    {
        var answer = await AskAsync(new { question = "区融媒体中心每天要发布多少条科普资讯？" });

        Assert.Contains("至少1条", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var citation = answer.GetProperty("citations")[0];
        Assert.Equal("banan-2021-2025", citation.GetProperty("docId").GetString());
        Assert.Contains("区融媒体中心", citation.GetProperty("section").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("重庆市科协打算怎样提升老年人的科学素质？", "老年人", "重点人群科学素质提升")]
    [InlineData("巴南区要抓好的五大基础工程包括哪些？", "科普信息化", "推动“十四五”全民科学素质行动")]
    public async Task A_question_that_names_its_document_is_answered_from_the_clause_not_the_cover_notice(string question, string fact, string section)
    {
        var answer = await AskAsync(new { question });

        Assert.True(answer.GetProperty("grounded").GetBoolean());
        Assert.Contains(fact, answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains(section, answer.GetProperty("citations")[0].GetProperty("section").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scam_in_progress_gets_the_urgent_warning_first_and_the_fraud_flag()
    {
        var answer = await AskAsync(new { question = "有个自称公安的人打电话说我涉嫌洗钱，让我把钱转到安全账户", style = "elderly" });

        Assert.True(answer.GetProperty("flags").GetProperty("fraud").GetBoolean());
        Assert.StartsWith("⚠️", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("110", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("antifraud-impersonate-authority", answer.GetProperty("citations")[0].GetProperty("docId").GetString());
    }

    [Fact]
    public async Task A_lure_with_nothing_asked_yet_is_flagged_as_fraud_with_what_to_check_not_the_alarm()
    {
        var answer = await AskAsync(new { question = "网上认识的一个大哥天天给我讲他炒外汇赚了多少钱，说下次有机会带带我" });
        var flags = answer.GetProperty("flags");

        Assert.True(flags.GetProperty("fraud").GetBoolean());
        Assert.Equal("medium", flags.GetProperty("fraudRisk").GetString());
        Assert.StartsWith("请先核实", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("⚠️", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rumor_with_a_debunk_gets_the_verdict_and_the_rumor_flag()
    {
        var answer = await AskAsync(new { question = "听说吃隔夜菜会致癌，是真的吗？" });

        Assert.Equal("rumor", answer.GetProperty("intent").GetString());
        Assert.True(answer.GetProperty("flags").GetProperty("rumor").GetBoolean());
        Assert.True(answer.GetProperty("grounded").GetBoolean());
        Assert.Contains("误区", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rumor_no_debunk_covers_gets_a_holding_answer_without_a_verdict()
    {
        var answer = await AskAsync(new { question = "群里说喝绿豆汤能预防新型病毒，赶紧转给家人！" });

        Assert.True(answer.GetProperty("flags").GetProperty("rumor").GetBoolean());
        Assert.False(answer.GetProperty("grounded").GetBoolean());
        Assert.Equal(0, answer.GetProperty("citations").GetArrayLength());
        Assert.Contains("还没有经过核实", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("帮我推荐一只明天会涨的股票")]
    [InlineData("帮我写一篇关于春天的作文")]
    public async Task Out_of_scope_questions_are_refused_with_the_hotline(string question)
    {
        var answer = await AskAsync(new { question });

        Assert.False(answer.GetProperty("grounded").GetBoolean());
        Assert.Equal(0, answer.GetProperty("citations").GetArrayLength());
        Assert.Contains("12345", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_in_traditional_characters_is_answered_like_its_simplified_form()
    {
        var simplified = await AskAsync(new { question = "区气象局要开展什么主题科普活动？" });
        var traditional = await AskAsync(new { question = "區氣象局要開展什麼主題科普活動？" });

        Assert.Equal(simplified.GetProperty("answer").GetString(), traditional.GetProperty("answer").GetString());
        Assert.Contains("世界气象日", traditional.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_resolves_against_the_conversation()
    {
        var conversationId = "test-" + Guid.NewGuid().ToString("N");
        await AskAsync(new { question = "巴南区妇联要做哪些科普工作？", conversationId });
        var followUp = await AskAsync(new { question = "那亲子活动呢？", conversationId });

        Assert.True(followUp.GetProperty("grounded").GetBoolean());
        Assert.Contains(followUp.GetProperty("citations").EnumerateArray(), c => c.GetProperty("section").GetString()!.Contains("区妇联", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Asking_for_a_person_gives_the_hotline_and_an_escalation()
    {
        var answer = await AskAsync(new { question = "我要转人工" });

        Assert.Equal("handoff", answer.GetProperty("intent").GetString());
        Assert.StartsWith("esc-", answer.GetProperty("escalationId").GetString(), StringComparison.Ordinal);
        Assert.Contains("12345", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"question\": \"\"}")]
    [InlineData("{\"question\": \"   \"}")]
    [InlineData("{}")]
    [InlineData("{\"question\": \"科普\", \"style\": \"loud\"}")]
    [InlineData("{\"question\": \"\\u0000\\u0001\\u0002binary\"}")]
    [InlineData("{\"question\": ")]
    [InlineData("not json at all")]
    public async Task Bad_questions_get_400_with_a_reason(string body)
    {
        var client = await factory.CreateReadyClientAsync();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/ask", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_over_long_question_gets_400()
    {
        var client = await factory.CreateReadyClientAsync();
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = new string('问', 5000) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("太长", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_is_stored_for_a_real_turn_and_refused_for_an_unknown_one()
    {
        var answer = await AskAsync(new { question = "地震时在高楼里怎么办" });
        var client = await factory.CreateReadyClientAsync();

        using var ok = await client.PostAsJsonAsync(new Uri("/api/feedback", UriKind.Relative), new { turnId = answer.GetProperty("turnId").GetString(), helpful = false, comment = "联系我 13812345678" });
        using var unknown = await client.PostAsJsonAsync(new Uri("/api/feedback", UriKind.Relative), new { turnId = "nope", helpful = true });
        using var bad = await client.PostAsJsonAsync(new Uri("/api/feedback", UriKind.Relative), new { turnId = "x" });

        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        // What was stored, not what was answered: the comment is kept, its phone number masked.
        await using var connection = await factory.Services.GetRequiredService<KepuDatabase>().OpenAsync(CancellationToken.None);
        var stored = await connection.QuerySingleAsync<(long Helpful, string? Comment)>(
            "SELECT helpful, comment FROM feedback WHERE turn_id = @turnId", new { turnId = answer.GetProperty("turnId").GetString() });
        Assert.Equal((0L, "联系我 138****5678"), stored);
    }

    [Theory]
    [InlineData("巴南区卫健委要做什么？", "区卫生健康委共有12项任务")]
    [InlineData("区妇联今年有啥任务", "区妇联共有8项任务")]
    public async Task A_units_duty_question_gets_the_count_grouping_and_first_items(string question, string expected)
    {
        var answer = await AskAsync(new { question });

        Assert.Equal("duty", answer.GetProperty("intent").GetString());
        Assert.StartsWith(expected, answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("duties", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, answer.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task Who_is_responsible_lists_the_units_with_their_tasks()
    {
        var answer = await AskAsync(new { question = "老年人智能手机培训由哪些单位负责？" });

        Assert.Equal("duty", answer.GetProperty("intent").GetString());
        Assert.Contains("区卫生健康委", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("区民政局", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }
}
