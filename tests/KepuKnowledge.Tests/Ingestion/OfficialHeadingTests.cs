using KepuKnowledge.Ingestion;

namespace KepuKnowledge.Tests.Ingestion;

public sealed class OfficialHeadingTests
{
    [Theory]
    [InlineData("一、注重政治引领，不断增强群众科普获得感", 1, "一、注重政治引领，不断增强群众科普获得感")]
    [InlineData("（四）实施老年人科学素质提升行动。", 2, "（四）实施老年人科学素质提升行动")]
    [InlineData("(二)加强基础保障。各级党委和政府要做好财政保障", 2, "(二)加强基础保障")]
    [InlineData("12.加强老年人健康科普服务。依托老年大学开展讲座。", 3, "12.加强老年人健康科普服务")]
    [InlineData("1．坚持旗帜鲜明讲政治。", 3, "1．坚持旗帜鲜明讲政治")]
    [InlineData("**1.党组领学，悟思践行。**市科协党组第一时间学习传达", 3, "1.党组领学，悟思践行")]
    [InlineData("（1）开展科普讲座", 4, "（1）开展科普讲座")]
    [InlineData("### 一、总体要求", 1, "一、总体要求")]
    [InlineData("# 附件：工作清单", 0, "附件：工作清单")]
    public void Recognises_official_numbering_levels(string line, int level, string heading)
    {
        Assert.True(OfficialHeading.TryParse(line, out var actualLevel, out var actualHeading, out _));
        Assert.Equal(level, actualLevel);
        Assert.Equal(heading, actualHeading);
    }

    [Theory]
    [InlineData("2024年是新中国成立75周年")]
    [InlineData("1.5倍的增长")]
    [InlineData("各单位要结合实际")]
    public void Does_not_mistake_body_text_for_headings(string line)
    {
        Assert.False(OfficialHeading.TryParse(line, out _, out _, out _));
    }
}
