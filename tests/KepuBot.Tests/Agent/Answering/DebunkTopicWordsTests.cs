using KepuBot.Agent.Answering;

namespace KepuBot.Tests.Agent.Answering;

/// <summary>How many of a debunk's topic words a message names: whole, as part of one, and each word once.</summary>
public sealed class DebunkTopicWordsTests
{
    [Fact]
    public void A_word_said_whole_and_a_part_of_a_longer_one_both_count()
    {
        var named = DebunkTopicWords.Named("娃要打疫苗了 网上说打了会变自闭", ["疫苗", "自闭", "打了"], ["疫苗", "自闭症", "麻腮风疫苗"], string.Empty);

        Assert.Equal(["疫苗", "自闭"], named.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Words_nested_in_one_another_count_once()
    {
        var named = DebunkTopicWords.Named("用微波炉热剩饭", ["微波炉", "剩饭"], ["微波炉", "微波"], string.Empty);

        Assert.Equal(["微波炉"], named);
    }

    [Fact]
    public void The_title_counts_by_a_long_shared_stretch_only()
    {
        Assert.Equal(["要发生大地震"], DebunkTopicWords.Named("群里说下个月这里要发生大地震", [], [], "网传“某天某地要发生大地震”可信吗？"));
        Assert.Empty(DebunkTopicWords.Named("每天喝浓茶可以降血脂", [], [], "老人每天吃鸡蛋会胆固醇超标、不能吃蛋黄吗？"));
    }

    [Fact]
    public void Lone_characters_never_count()
    {
        Assert.Empty(DebunkTopicWords.Named("打了药", ["打", "药"], ["药", "打"], "药吗"));
    }
}
