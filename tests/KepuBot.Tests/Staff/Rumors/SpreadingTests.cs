using KepuBot.Tests.Channels;

namespace KepuBot.Tests.Staff.Rumors;

/// <summary>
/// A claim asked about three times within an hour is spreading: it is marked in the queue and a JSON alert is POSTed to
/// the configured webhook, retried until it is taken, without ever holding up a resident's answer.
/// </summary>
public sealed class SpreadingTests : IAsyncLifetime
{
    private readonly StaffHost _host = new();
    private FakeWebhook _webhook = null!;

    public async Task InitializeAsync()
    {
        _webhook = await FakeWebhook.StartAsync();
        _host.Factory.Settings["Rumors:SpreadingThreshold"] = "3";
        _host.Factory.Settings["Rumors:SpreadingWindow"] = "01:00:00";
        _host.Factory.Settings["Rumors:WebhookUrl"] = _webhook.Url.ToString();
        _host.Factory.Settings["Rumors:WebhookTimeout"] = "00:00:01";
        _host.Factory.Settings["Rumors:WebhookRetryDelay"] = "00:00:00.200";
        _host.Factory.Settings["Rumors:WebhookPollInterval"] = "00:00:00.200";
        await _host.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _webhook.DisposeAsync();
    }

    [Fact]
    public async Task Three_reports_within_the_window_mark_the_case_spreading_and_alert_the_webhook_with_retries()
    {
        // The receiver hangs: if posting the alert were part of answering, the third resident would wait forever.
        await QueueCalls.AskAsync(_host.Client, "听说明天全区要停水三天，赶紧存水，是真的吗", "a");
        await QueueCalls.AskAsync(_host.Client, "群里都在传明天全区停水三天，真的假的", "b");
        var third = await QueueCalls.AskAsync(_host.Client, "网传全区明天要停水三天，靠谱吗", "c");
        Assert.False(string.IsNullOrEmpty(third.Text("answer")));

        // The first attempt times out against the hung receiver; the retry is the one taken.
        await Eventually.GetAsync(() => _webhook.Received.Count >= 2 ? "retried" : null, "a retry after the hung attempt");
        _webhook.Open();
        var alert = await Eventually.GetValueAsync<System.Text.Json.JsonElement>(
            () => Task.FromResult<System.Text.Json.JsonElement?>(_webhook.Accepted.TryPeek(out var a) ? a : null), "an accepted alert");

        Assert.Equal("rumor.spreading", alert.Text("type"));
        Assert.Equal(3, alert.GetProperty("reportsInWindow").GetInt64());
        Assert.Contains("停水", alert.Text("claim"), StringComparison.Ordinal);
        Assert.Contains("扩散", alert.Text("text"), StringComparison.Ordinal);
        Assert.All(_webhook.Received, r => Assert.Equal(alert.Text("alertId"), r.Text("alertId")));

        using var staff = await _host.SignedInAsync(admin: false);
        var spreading = Assert.Single(await QueueCalls.CasesAsync(staff, "&spreading=true"));
        Assert.Equal(alert.Text("caseId"), spreading.GetProperty("case").Text("id"));
        Assert.True(spreading.GetProperty("spreading").GetBoolean());
    }

    [Fact]
    public async Task The_same_number_of_reports_spread_over_a_day_is_not_spreading()
    {
        await QueueCalls.AskAsync(_host.Client, "听说吃猕猴桃能治好失眠，是真的吗", "a");
        _host.Clock.Advance(TimeSpan.FromHours(2));
        await QueueCalls.AskAsync(_host.Client, "网上说猕猴桃能治失眠，靠谱吗", "b");
        _host.Clock.Advance(TimeSpan.FromHours(2));
        await QueueCalls.AskAsync(_host.Client, "群里说多吃猕猴桃治好失眠，真的假的", "c");

        using var staff = await _host.SignedInAsync(admin: false);
        var cases = await QueueCalls.CasesAsync(staff);
        var kiwi = Assert.Single(cases);
        Assert.Equal(3, kiwi.GetProperty("case").GetProperty("reportCount").GetInt64());
        Assert.False(kiwi.GetProperty("spreading").GetBoolean());
        Assert.Empty(await QueueCalls.CasesAsync(staff, "&spreading=true"));
        _webhook.Open();
        Assert.Empty(_webhook.Received);
    }
}
