using System.Text.Json;

namespace KepuBot.Tests.Agent;

/// <summary>
/// Through <c>/api/ask</c> on the real corpus: a rumor retold in a resident's own words, whose cut claim lost its
/// subject ("辐射大会得癌症" without the 信号塔), is answered from the debunk the whole message names; one shared word
/// ("西瓜" of an unrelated claim) is no match, and the holding reply stays.
/// </summary>
public sealed class RetoldRumorTests(UnlimitedAskFactory host) : IClassFixture<UnlimitedAskFactory>
{
    [Theory]
    [InlineData("楼顶上要装信号塔 邻居说辐射大会得癌症 要不要去闹", "debunk-5g-radiation-cancer")]
    [InlineData("社区喊老年人打流感针 我听说打了反倒会感冒 还打不打", "debunk-flu-vaccine-useless")]
    [InlineData("娃要打疫苗了 网上说打了会变自闭 怕得很", "debunk-vaccine-autism")]
    [InlineData("群里有人说下个月某号我们这里要发生大地震 搞得人心惶惶 能信吗", "debunk-earthquake-prediction")]
    public async Task A_retold_rumor_is_answered_from_the_debunk_it_names(string question, string doc)
    {
        var reply = await AskAsync(question);

        Assert.Equal("rumor", reply.GetProperty("intent").GetString());
        Assert.Contains(reply.GetProperty("citations").EnumerateArray(), c => c.GetProperty("docId").GetString() == doc);
    }

    [Fact]
    public async Task One_shared_word_is_no_match()
    {
        var reply = await AskAsync("群里说夏天吃了冰镇西瓜再洗澡会中风 是真的吗");

        Assert.Equal("rumor", reply.GetProperty("intent").GetString());
        Assert.DoesNotContain(reply.GetProperty("citations").EnumerateArray(), c => c.GetProperty("docId").GetString() == "debunk-seedless-watermelon-contraceptive");
    }

    private Task<JsonElement> AskAsync(string question) => host.AskAsync(question);
}
