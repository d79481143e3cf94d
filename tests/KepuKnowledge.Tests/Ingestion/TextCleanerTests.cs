using KepuKnowledge.Ingestion;

namespace KepuKnowledge.Tests.Ingestion;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData("首页>政务公开>政府信息公开目录>政策文件>其他文件")]
    [InlineData("扫一扫在手机打开当前页")]
    [InlineData("  • [ 发文字号 ]")]
    [InlineData("【打印】【关闭】")]
    [InlineData("(此件公开发布)")]
    public void Removes_web_page_debris(string line)
    {
        Assert.Equal(string.Empty, TextCleaner.Clean(line));
    }

    [Fact]
    public void Removes_the_metadata_box_with_its_values_but_keeps_the_document()
    {
        var raw = "首页>政务公开\n  • [ 索引号 ]\n  • 11500113009307156W/2022-00087\n  • [ 发文字号 ]\n  • 巴南府办发〔2022〕41号\n  • [ 有效性 ]\n  • [ 成文日期 ]\n  • 2022-05-11\n关于印发工作清单的通知\n各镇人民政府：";
        Assert.Equal("关于印发工作清单的通知\n各镇人民政府：", TextCleaner.Clean(raw));
    }

    [Fact]
    public void Joins_a_paragraph_broken_mid_sentence_but_not_numbered_items()
    {
        var raw = "2.深入贯彻落实重要论述精神。推动全民科学素质工作主动融入党和政府\n\n发展大局。\n3.大力弘扬科学精神。";
        Assert.Equal("2.深入贯彻落实重要论述精神。推动全民科学素质工作主动融入党和政府发展大局。\n3.大力弘扬科学精神。", TextCleaner.Clean(raw));
    }

    [Fact]
    public void Removes_spaces_left_between_chinese_characters()
    {
        Assert.Equal("关于印发《2023年唐山市全民科学素质行动工作要点》的通知", TextCleaner.Clean("关于印发《2023年唐山市全民科学素质 行动工作要点》的通知"));
    }

    [Fact]
    public void Cleans_every_seed_of_breadcrumbs_and_scan_prompts()
    {
        foreach (var seed in Directory.GetFiles(RepoPaths.Fixture("seeds")))
        {
            var cleaned = TextCleaner.Clean(File.ReadAllText(seed));
            Assert.DoesNotContain("扫一扫", cleaned, StringComparison.Ordinal);
            Assert.DoesNotContain("首页>", cleaned, StringComparison.Ordinal);
            Assert.DoesNotContain("[ 发文字号 ]", cleaned, StringComparison.Ordinal);
            Assert.True(cleaned.Length > 2000, $"{seed} lost its text");
        }
    }

    [Fact]
    public void Rebuilds_the_flattened_banan_work_list_as_a_table_with_one_row_per_task()
    {
        var cleaned = TextCleaner.Clean(File.ReadAllText(RepoPaths.Seed("002")));
        var rows = cleaned.Split('\n').Where(l => l.StartsWith('|')).Skip(2).Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).ToList();

        Assert.Equal(22, rows.Select(r => r[2]).Distinct().Count());
        Assert.Contains(rows, r => r[2] == "区融媒体中心" && r[3] == "实施老年人科学素质提升行动" && r[4].EndsWith("每日发布至少1条科普资讯", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[2] == "区妇联" && r[4].Contains("亲子", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.StartsWith("实施", r[3], StringComparison.Ordinal));
    }
}
