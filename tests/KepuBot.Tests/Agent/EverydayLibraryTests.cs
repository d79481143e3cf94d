using System.Text.Json;

namespace KepuBot.Tests.Agent;

/// <summary>
/// Through <c>/api/ask</c> on the real corpus: an everyday question that finds only one health article is answered
/// from it though its own words (七十五, 摔跤) are not the article's; a shopping question that finds only a debunk
/// is still declined.
/// </summary>
public sealed class EverydayLibraryTests(UnlimitedAskFactory host) : IClassFixture<UnlimitedAskFactory>
{
    [Fact]
    public async Task An_everyday_question_that_finds_one_health_article_is_answered_from_it()
    {
        var reply = await AskAsync("我妈七十五了 每天走多少路合适 又怕她摔跤");

        Assert.Contains(reply.GetProperty("citations").EnumerateArray(), c => c.GetProperty("docId").GetString() == "health-elderly-exercise");
    }

    [Fact]
    public async Task A_shopping_question_is_declined()
    {
        var reply = await AskAsync("华为和苹果手机买哪个好");

        Assert.Equal("out_of_scope", reply.GetProperty("intent").GetString());
        Assert.Empty(reply.GetProperty("citations").EnumerateArray());
    }

    private Task<JsonElement> AskAsync(string question) => host.AskAsync(question);
}
