using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using KepuBot.Staff.Auth;
using KepuBot.Tests.Channels;

namespace KepuBot.Tests.Staff.Rumors;

/// <summary>
/// The service process is killed (SIGKILL) right after answering: the acknowledged reports are in the queue when it
/// comes back, and the spreading alert it could not deliver (the receiver was down) is delivered after the restart.
/// </summary>
public sealed class DurabilityTests
{
    [Fact]
    public async Task Acknowledged_reports_and_undelivered_alerts_survive_a_killed_process()
    {
        var data = Path.Combine(Path.GetTempPath(), "kepu-staff-durability", Guid.NewGuid().ToString("N"));
        var webhookPort = LoopbackPort.Free();
        var settings = new Dictionary<string, string>
        {
            ["Staff__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Staff__Accounts__0__Name"] = "值班员",
            ["Staff__Accounts__0__Role"] = "staff",
            ["Staff__Accounts__0__PasswordHash"] = SecretHasher.HashPassword("duty-pass-2468", SecretHasher.MinimumIterations),
            ["Rumors__SpreadingThreshold"] = "2",
            ["Rumors__WebhookUrl"] = $"http://127.0.0.1:{webhookPort}/alerts",
            ["Rumors__WebhookRetryDelay"] = "00:00:00.200",
            ["Rumors__WebhookPollInterval"] = "00:00:00.200",
            ["Rumors__WebhookMaxRetryDelay"] = "00:00:01",

            // An alert being sent when the process dies stays leased for twice this, then any instance retries it.
            ["Rumors__WebhookTimeout"] = "00:00:01",

            // The alert must still be pending when the second process starts, however long the first took to die.
            ["Rumors__WebhookMaxAttempts"] = "100",

            // Both processes run over the same index and database, as one service restarted.
            ["Knowledge__IndexPath"] = Path.Combine(data, "index"),
            ["Storage__SqlitePath"] = Path.Combine(data, "kepubot.db"),
        };
        try
        {
            string[] turns;
            using (var first = new ServiceProcess(settings))
            {
                await first.InitializeAsync();
                using var resident = new HttpClient { BaseAddress = first.BaseAddress };
                var a = await QueueCalls.AskAsync(resident, "听说下周起全区燃气要涨价一倍，是真的吗", "a");
                var b = await QueueCalls.AskAsync(resident, "群里都在传下周全区燃气涨价一倍，真的假的", "b");
                turns = [a.Text("turnId"), b.Text("turnId")];
            }

            await using var webhook = await FakeWebhook.StartAsync(webhookPort);
            webhook.Open();
            using var second = new ServiceProcess(settings);
            await second.InitializeAsync();
            using var staff = new HttpClient { BaseAddress = second.BaseAddress };
            using var login = await staff.PostAsJsonAsync(new Uri("/api/staff/login", UriKind.Relative), new { name = "值班员", password = "duty-pass-2468" });
            var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).Text("token");
            staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            var byTurn = await QueueCalls.CasesByTurnAsync(staff);
            Assert.All(turns, t => Assert.True(byTurn.ContainsKey(t), $"report of turn {t} lost"));
            var caseId = Assert.Single(turns.Select(t => byTurn[t]).Distinct());
            var alert = await Eventually.GetValueAsync<JsonElement>(
                () => Task.FromResult<JsonElement?>(webhook.Accepted.TryPeek(out var received) ? received : null), "the alert after the restart");
            Assert.Equal(caseId, alert.Text("caseId"));
        }
        finally
        {
            TestCorpus.Delete(data);
        }
    }
}
