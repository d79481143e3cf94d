using System.Text.Json;
using KepuBot.Conversation;
using KepuBot.Safety.Fraud;
using KepuBot.Tests.Safety;

namespace KepuBot.Tests.Conversation;

/// <summary>The flags JSON explains itself: risk level, scenario, claim, likelihood and cues, with personal data masked.</summary>
public sealed class AnswerFlagsTests
{
    private static AnswerFlags Describe(string message) =>
        AnswerFlags.Describe(SafetyDetectors.Rumor.Assess(message), SafetyDetectors.Fraud.Assess(message), new AnswerFlags());

    [Fact]
    public void A_scam_carries_its_level_scenario_and_cues_in_the_json()
    {
        var json = JsonSerializer.SerializeToElement(Describe("客服打电话说给我退款，让我下载会议软件共享屏幕"), JsonSerializerOptions.Web);

        Assert.True(json.GetProperty("fraud").GetBoolean());
        Assert.Equal("high", json.GetProperty("fraudRisk").GetString());
        Assert.Equal("refund-customer-service", json.GetProperty("scenario").GetString());
        Assert.Contains(json.GetProperty("cues").EnumerateArray(), c => c.GetString()!.StartsWith("screen-share=", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("claim").ValueKind);
    }

    [Fact]
    public void A_rumor_carries_the_claim_and_its_likelihood()
    {
        var flags = Describe("朋友圈都在转，说5G基站的辐射会让人得癌症");

        Assert.True(flags.Rumor);
        Assert.Equal(FraudRisk.None, flags.FraudRisk);
        Assert.Equal("5G基站的辐射会让人得癌症", flags.Claim);
        Assert.InRange(flags.RumorLikelihood!.Value, 0.5, 1);
        Assert.Contains(flags.Cues, c => c.StartsWith("hearsay=", StringComparison.Ordinal));
    }

    [Fact]
    public void Phone_numbers_in_a_claim_are_masked()
    {
        var flags = Describe("群里转的：接到13812345678这个号码打来的电话千万别接，一接手机就会爆炸，快转告家人");

        Assert.True(flags.Rumor);
        Assert.Contains("138****5678", flags.Claim, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", flags.Claim, StringComparison.Ordinal);
    }
}
