using KepuKnowledge.Corpus;
using KepuKnowledge.Ingestion;

namespace KepuKnowledge.Tests.Ingestion;

/// <summary>The five bundled policies parse with their metadata and their own heading structure.</summary>
public sealed class CorpusDocumentsTests
{
    private static KnowledgeDocument Parse(string id) =>
        new DocumentParser().Parse($"policies/{id}.md", File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "policies", id + ".md")));

    [Theory]
    [InlineData("zhongxian-2024", "忠县2024年科普工作要点", "忠科普联办〔2024〕2号", "忠县科普工作联席会议办公室", "2024-07-31", 2024, 2024)]
    [InlineData("puyang-quanyu", "濮阳市全域科普工作具体实施方案", null, null, null, null, null)]
    [InlineData("banan-2021-2025", "重庆市巴南区全民科学素质行动计划工作清单(2021-2025年)", "巴南府办发〔2022〕41号", "重庆市巴南区人民政府办公室", "2022-05-11", 2021, 2025)]
    [InlineData("tangshan-2023", "2023年唐山市全民科学素质行动工作要点", "唐全科字〔2023〕1号", "唐山市全民科学素质工作领导小组", "2023-03-30", 2023, 2023)]
    [InlineData("chongqing-kexie-2022", "重庆市科学技术协会学习宣传贯彻《关于新时代进一步加强科学技术普及工作的意见》工作方案", "渝科协发〔2022〕88号", "重庆市科学技术协会", null, null, null)]
    public void Each_policy_keeps_its_metadata(string id, string title, string? number, string? issuer, string? written, int? start, int? end)
    {
        var metadata = Parse(id).Metadata;

        Assert.Equal(id, metadata.Id);
        Assert.Equal(title, metadata.Title);
        Assert.Equal(DocumentKinds.Policy, metadata.Kind);
        Assert.Equal(number, metadata.DocumentNumber);
        Assert.Equal(issuer, metadata.Issuer);
        Assert.Equal(written is null ? null : DateOnly.Parse(written, System.Globalization.CultureInfo.InvariantCulture), metadata.DateWritten);
        Assert.Equal((start, end), (metadata.PeriodStart, metadata.PeriodEnd));
        Assert.Equal(Validity.InForce, metadata.Validity);
        Assert.False(string.IsNullOrEmpty(metadata.Region));
    }

    [Theory]
    [InlineData("tangshan-2023", "二、提升重点人群科学素质，夯实科技创新根基 › （四）实施老年人科学素质提升行动 › 12.加强老年人健康科普服务")]
    [InlineData("zhongxian-2024", "二、注重精准施策，推进重点人群科普全覆盖 › 7.开展面向社区居民特别是老年人的科普惠民行动")]
    [InlineData("chongqing-kexie-2022", "二、重点任务 › （一）提高政治站位，精心组织学习 › 1.党组领学，悟思践行")]
    [InlineData("puyang-quanyu", "(二)各级联动、夯实阵地,推进科普全地域覆盖 › 3.推动科普阵地均衡发展")]
    [InlineData("banan-2021-2025", "附件：重庆市巴南区全民科学素质行动计划工作清单（2021-2025年） › 区融媒体中心 › 实施老年人科学素质提升行动")]
    public void Passages_carry_the_documents_own_heading_path(string id, string section)
    {
        Assert.Contains(Parse(id).Passages, p => p.Section == section);
    }

    [Fact]
    public void Every_numbered_item_of_tangshan_is_its_own_passage()
    {
        var items = Parse("tangshan-2023").Passages.Select(p => p.HeadingPath[^1]).Where(h => System.Text.RegularExpressions.Regex.IsMatch(h, @"^\d{1,2}[.．]")).Distinct().ToList();
        Assert.Equal(22, items.Count);
    }

    [Fact]
    public void The_banan_work_list_keeps_its_row_structure()
    {
        var table = Assert.Single(Parse("banan-2021-2025").Tables);

        Assert.Equal(["序号", "责任单位", "主要工作", "具体任务"], table.Headers);
        Assert.Equal(22, table.Rows.Select(r => r[1]).Distinct().Count());
        Assert.Equal(2, table.Rows.Count(r => r[1] == "区气象局"));
        Assert.Contains(table.Rows, r => r[1] == "区气象局" && r[3].Contains("世界气象日", StringComparison.Ordinal));
    }

    [Fact]
    public void Passages_stay_short_enough_to_quote()
    {
        foreach (var id in new[] { "zhongxian-2024", "puyang-quanyu", "banan-2021-2025", "tangshan-2023", "chongqing-kexie-2022" })
        {
            Assert.All(Parse(id).Passages, p => Assert.True(p.Text.Length <= StructureParser.MaxPassageLength + 200, $"{p.Id} has {p.Text.Length} characters"));
        }
    }
}
