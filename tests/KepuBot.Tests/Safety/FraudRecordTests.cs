using System.Net.Http.Json;
using KepuBot.Fraud;

namespace KepuBot.Tests.Safety;

/// <summary>What staff later count in 反诈统计: every message that showed fraud risk, masked, with its scenario.</summary>
public sealed class FraudRecordTests(KepuBotFactory factory) : IClassFixture<KepuBotFactory>
{
    [Fact]
    public async Task A_scam_in_progress_is_recorded_masked_with_its_scenario_and_an_ordinary_question_is_not()
    {
        var client = await factory.CreateReadyClientAsync();
        var events = factory.Services.GetRequiredService<IFraudEventStore>();
        var before = (await events.RecentAsync(100, null, CancellationToken.None)).Count;

        using var scam = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "有个自称公安局的人打电话说我涉嫌洗钱，让我把存款转到安全账户，他的电话是13812345678" });
        using var ordinary = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "地震时在高楼里怎么办？" });
        scam.EnsureSuccessStatusCode();
        ordinary.EnsureSuccessStatusCode();

        var recorded = await events.RecentAsync(100, null, CancellationToken.None);
        Assert.Equal(before + 1, recorded.Count);
        var latest = recorded[0];
        Assert.Equal("high", latest.Risk);
        Assert.Equal("impersonate-authority", latest.Scenario);
        Assert.DoesNotContain("13812345678", latest.Message, StringComparison.Ordinal);
        Assert.Contains("安全账户", latest.Message, StringComparison.Ordinal);
        Assert.NotEmpty(latest.Cues);
    }
}
