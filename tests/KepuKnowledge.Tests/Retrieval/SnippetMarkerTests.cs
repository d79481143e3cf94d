using KepuKnowledge.Retrieval;

namespace KepuKnowledge.Tests.Retrieval;

public sealed class SnippetMarkerTests
{
    [Theory]
    [InlineData("科普大篷车进社区", new[] { "科普大篷车" }, "<mark>科普大篷车</mark>进社区")]
    [InlineData("老年人要防范电信诈骗", new[] { "防范", "电信诈骗" }, "老年人要<mark>防范电信诈骗</mark>")]
    [InlineData("防範電信詐騙", new[] { "电信诈骗" }, "防範<mark>電信詐騙</mark>")]
    [InlineData("科普大篷车进社区", new[] { "疫苗" }, "科普大篷车进社区")]
    [InlineData("ＨＰＶ疫苗可以预防宫颈癌", new[] { "hpv", "疫苗" }, "<mark>ＨＰＶ疫苗</mark>可以预防宫颈癌")]
    [InlineData("电信诈骗和电信服务", new[] { "电信诈骗", "电信" }, "<mark>电信诈骗</mark>和<mark>电信</mark>服务")]
    public void Marks_query_words_in_the_original_characters(string text, string[] terms, string expected)
    {
        Assert.Equal(expected, SnippetMarker.Mark(text, terms));
    }

    [Fact]
    public void Cuts_a_long_passage_to_a_window_around_the_matches()
    {
        var text = string.Concat(Enumerable.Repeat("今天天气很好。", 40)) + "请大家关注科普大篷车的巡游路线。" + string.Concat(Enumerable.Repeat("今天天气很好。", 40));
        var snippet = SnippetMarker.Mark(text, ["科普大篷车"], maxLength: 60);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>科普大篷车</mark>", snippet, StringComparison.Ordinal);
        Assert.True(SnippetMarker.Strip(snippet).Length <= 80, snippet);
    }
}
