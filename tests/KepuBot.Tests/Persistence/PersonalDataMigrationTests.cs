using Dapper;
using KepuBot.Persistence;

namespace KepuBot.Tests.Persistence;

/// <summary>
/// Migration 9 masks what older releases stored unmasked (spaced, dashed, full-width and 15-digit numbers, and Direct
/// Line history, which was not masked at all), once, on both databases, and leaves everything else as it was.
/// </summary>
public sealed class PersonalDataMigrationTests
{
    private const string Raw = "电话138 1234 5678、１３９１２３４５６７８，卡号6222 0212 3456 7890 123，身份证110101900307123";
    private const string Masked = "电话138 **** 5678、１３９****５６７８，卡号6222 **** **** ***0 123，身份证1101*******7123";
    private const string At = "2026-01-01T00:00:00.0000000+00:00";

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Rows_stored_before_the_masker_caught_every_form_are_masked_and_nothing_else_changes(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        const string botBody = """{"type":"message","id":"c1|0000001","from":{"id":"kepubot","role":"bot"},"text":"请拨打023-63899999咨询"}""";
        await using (var connection = await (await db.StartInstanceAsync()).Database.OpenAsync(CancellationToken.None))
        {
            // The rows as the previous release left them, then the database as it was before migration 9.
            await connection.ExecuteAsync(
                $$"""
                INSERT INTO conversations (id, channel, user_hash, started_at) VALUES ('c1', 'api', 'h', @At);
                INSERT INTO turns (id, conversation_id, at, question, resolved_question, answer, intent, grounded, citations, rumor, fraud)
                    VALUES ('t1', 'c1', @At, @Raw, @Raw, '请拨打023-63899999咨询', 'out_of_scope', 0, '[]', 0, 0);
                INSERT INTO unanswered (id, turn_id, question, channel, at) VALUES ('u1', 't1', @Raw, 'api', @At);
                INSERT INTO feedback (id, turn_id, helpful, comment, at) VALUES ('f1', 't1', 0, @Raw, @At);
                INSERT INTO audit_log (id, at, actor, action, target, before_summary, after_summary)
                    VALUES ('a1', @At, '138 1234 5678', 'staff.login-failed', 'staff-account:138 1234 5678', NULL, NULL),
                           ('a2', @At, '陈主任', 'library.retire', 'library:health-6222021234567890', '{"status":"vetted"}', @Reason);
                INSERT INTO fraud_events (id, at, day, channel, turn_id, risk, scenario, message, cues) VALUES ('e1', @At, '2026-01-01', 'api', 't1', 'high', 'x', @Raw, '[]');
                INSERT INTO rumor_cases (id, claim, topic, status, report_count, reporter_count, first_seen, last_seen) VALUES ('r1', @Raw, '其他', 'open', 1, 1, @At, @At);
                INSERT INTO rumor_reports (id, case_id, claim, channel, reporter, at) VALUES ('p1', 'r1', @Raw, 'api', 'h', @At);
                INSERT INTO rumor_variants (case_id, canonical, claim, seq) VALUES ('r1', 'k', @Raw, 1);
                INSERT INTO directline_conversations (id, started_at, last_active, activity_count) VALUES ('c1', @At, @At, 2);
                INSERT INTO directline_activities (conversation_id, position, body) VALUES ('c1', 0, @UserBody), ('c1', 1, @BotBody);
                DELETE FROM schema_version WHERE version = 9;
                """,
                new
                {
                    At,
                    Raw,
                    Reason = $$"""{"status":"retired","path":"kepu/health/x.md","reason":"{{Raw}}"}""",
                    UserBody = $$$"""{"type":"message","id":"c1|0000000","from":{"id":"dl-user","role":"user"},"text":"{{{Raw}}}","channelData":{"clientActivityID":"1701234567890abc"}}""",
                    BotBody = botBody,
                });
        }

        // The next instance to start finds migration 9 missing and applies it.
        await using var upgraded = await (await db.StartInstanceAsync()).Database.OpenAsync(CancellationToken.None);

        Assert.Equal((Masked, Masked), await upgraded.QuerySingleAsync<(string, string)>("SELECT question, resolved_question FROM turns WHERE id = 't1'"));
        Assert.Equal("请拨打023-63899999咨询", await upgraded.QuerySingleAsync<string>("SELECT answer FROM turns WHERE id = 't1'"));
        foreach (var sql in new[]
        {
            "SELECT question FROM unanswered", "SELECT comment FROM feedback", "SELECT message FROM fraud_events",
            "SELECT claim FROM rumor_cases", "SELECT claim FROM rumor_reports", "SELECT claim FROM rumor_variants",
        })
        {
            Assert.Equal(Masked, await upgraded.QuerySingleAsync<string>(sql));
        }

        Assert.Equal(("138 **** 5678", "staff-account:138 **** 5678"), await upgraded.QuerySingleAsync<(string, string)>("SELECT actor, target FROM audit_log WHERE id = 'a1'"));
        var retire = await upgraded.QuerySingleAsync<(string Target, string After)>("SELECT target, after_summary FROM audit_log WHERE id = 'a2'");
        Assert.Equal("library:health-6222021234567890", retire.Target);
        Assert.Contains(Masked, retire.After, StringComparison.Ordinal);
        var bodies = (await upgraded.QueryAsync<string>("SELECT body FROM directline_activities ORDER BY position")).ToList();
        using (var user = System.Text.Json.JsonDocument.Parse(bodies[0]))
        {
            Assert.Equal(Masked, user.RootElement.GetProperty("text").GetString());
            Assert.Equal("1701234567890abc", user.RootElement.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        }

        Assert.Equal(botBody, bodies[1]);
        Assert.Contains(9L, await upgraded.QueryAsync<long>("SELECT version FROM schema_version"));
    }
}
