using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KepuBot.Tests.Staff.Fraud;

/// <summary>反诈统计 through the staff API: counted by scenario and day, masked, and closed to residents.</summary>
public sealed class FraudStatsApiTests : IAsyncLifetime
{
    private readonly StaffHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private async Task AskAsync(string question)
    {
        using var response = await _host.Client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question });
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Staff_see_scams_counted_by_scenario_with_the_library_name_and_the_latest_messages_masked()
    {
        await AskAsync("有个自称公安局的人说我涉嫌洗钱，让我把存款转到安全账户，他电话13812345678");
        await AskAsync("自称检察院的人让我把钱转到安全账户配合调查");
        await AskAsync("地震时在高楼里怎么办？");
        var staff = await _host.SignedInAsync(admin: false);

        var stats = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/staff/fraud/stats?days=7", UriKind.Relative));
        var recent = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/staff/fraud/recent?scenario=impersonate-authority", UriKind.Relative));

        Assert.Equal(2, stats.GetProperty("total").GetInt32());
        var scenario = stats.GetProperty("scenarios")[0];
        Assert.Equal("impersonate-authority", scenario.GetProperty("scenario").GetString());
        Assert.Contains("公检法", scenario.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, scenario.GetProperty("high").GetInt32());
        var messages = recent.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.Contains("138****5678", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("13812345678", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Residents_cannot_read_the_statistics_and_bad_ranges_get_400()
    {
        var staff = await _host.SignedInAsync(admin: false);

        using var anonymous = await _host.Client.GetAsync(new Uri("/api/staff/fraud/recent", UriKind.Relative));
        using var tooLong = await staff.GetAsync(new Uri("/api/staff/fraud/stats?days=5000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }
}
