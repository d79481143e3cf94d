using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KepuBot.Tests.Agent;

/// <summary>The urgent scam warning through <c>/api/ask</c>: the numbers to call are said once, in the warning.</summary>
public sealed class UrgentFraudReplyTests(KepuBotFactory factory) : IClassFixture<KepuBotFactory>
{
    [Theory]
    [InlineData("elderly")]
    [InlineData("standard")]
    public async Task The_numbers_to_call_are_said_once(string style)
    {
        var client = await factory.CreateReadyClientAsync();
        using var response = await client.PostAsJsonAsync(
            new Uri("/api/ask", UriKind.Relative),
            new { question = "有个自称公安局的人打电话说我涉嫌洗钱，让我把存款转到安全账户", style });
        response.EnsureSuccessStatusCode();
        var reply = await response.Content.ReadFromJsonAsync<JsonElement>();

        var answer = reply.GetProperty("answer").GetString()!;
        Assert.Equal("high", reply.GetProperty("flags").GetProperty("fraudRisk").GetString());
        Assert.Single(Regex.Matches(answer, "(?<!\\d)110(?!\\d)"));
        // The elderly warning names only the number to call now; the advice line may add 96110, once.
        Assert.InRange(Regex.Count(answer, "96110"), style == "elderly" ? 0 : 1, 1);
    }
}
