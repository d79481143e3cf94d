using KepuKnowledge.Analysis;
using KepuKnowledge.Duties;
using KepuKnowledge.Ingestion;

namespace KepuKnowledge.Tests.Duties;

/// <summary>Duties extracted from the real policy documents.</summary>
public sealed class DutyExtractionTests
{
    private static readonly Lazy<DutyBook> Book = new(() =>
    {
        var parser = new DocumentParser();
        var duties = Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "policies"), "*.md")
            .Select(f => parser.Parse("policies/" + Path.GetFileName(f), File.ReadAllBytes(f)))
            .SelectMany(DutyExtractor.Extract)
            .ToList();
        return new DutyBook(duties, new ChineseSegmenter(Lexicon.Load(Path.Combine(RepoPaths.Corpus, "lexicon"))));
    });

    // Every unit of the Banan work list with its task count per 主要工作, as the annex lists them.
    public static TheoryData<string, int, string> BananUnits() => new()
    {
        { "各镇街", 11, "实施农民科学素质提升行动:2,实施老年人科学素质提升行动:4,实施科普基础设施工程:2,实施基层科普能力提升工程:3" },
        { "区委组织部", 3, "实施领导干部和公务员科学素质提升行动:3" },
        { "区委宣传部", 5, "实施农民科学素质提升行动:1,实施领导干部和公务员科学素质提升行动:1,实施科技资源科普化工程:1,实施科普基础设施工程:1,实施基层科普能力提升工程:1" },
        { "区委党校", 1, "实施领导干部和公务员科学素质提升行动:1" },
        { "区教委", 14, null! },
        { "区科技局", 14, null! },
        { "区民政局", 2, "实施老年人科学素质提升行动:2" },
        { "区人力社保局", 6, null! },
        { "区生态环境局", 2, null! },
        { "区农业农村委", 5, null! },
        { "区文化旅游委", 3, null! },
        { "区卫生健康委", 12, null! },
        { "区应急管理局", 5, null! },
        { "区市场监管局", 2, null! },
        { "区规划自然资源局", 1, null! },
        { "区气象局", 2, null! },
        { "区总工会", 5, null! },
        { "团区委", 8, null! },
        { "区妇联", 8, "实施青少年科学素质提升行动:3,实施农民科学素质提升行动:2,实施产业工人科学素质提升行动:1,实施科技资源科普化工程:1,实施科学素质开放合作工程:1" },
        { "区科协", 43, null! },
        { "区供销社", 1, "实施农民科学素质提升行动:1" },
        { "区融媒体中心", 6, "实施老年人科学素质提升行动:1,实施科普信息化提升工程:4,实施科普基础设施工程:1" },
    };

    [Theory]
    [MemberData(nameof(BananUnits))]
    public void Each_banan_unit_has_its_tasks_grouped_by_action(string unit, int count, string? groups)
    {
        var own = Book.Value.ForUnit(unit, "banan-2021-2025").Duties.Where(d => !d.IsForEveryUnit).ToList();

        Assert.Equal(count, own.Count);
        Assert.All(own, d => Assert.Equal([unit], d.Units));
        if (groups is not null)
        {
            var actual = string.Join(",", own.GroupBy(d => d.Action).Select(g => $"{g.Key}:{g.Count()}"));
            Assert.Equal(groups, actual);
        }
    }

    [Fact]
    public void The_banan_list_has_159_tasks_across_22_units()
    {
        var rows = Book.Value.All.Where(d => d.DocId == "banan-2021-2025" && !d.IsForEveryUnit && d.Section.StartsWith("附件", StringComparison.Ordinal)).ToList();
        Assert.Equal(159, rows.Count);
        Assert.Equal(22, rows.SelectMany(d => d.Units).Distinct().Count());
    }

    [Theory]
    [InlineData("卫健委")]
    [InlineData("区卫健委")]
    [InlineData("卫生健康委")]
    [InlineData("巴南区卫生健康委员会")]
    public void Colloquial_unit_names_resolve_to_the_health_commission(string asked)
    {
        Assert.Contains("区卫生健康委", Book.Value.ForUnit(asked).MatchedUnits);
    }

    [Theory]
    [InlineData("团委", "团区委")]
    [InlineData("科协", "区科协")]
    [InlineData("科协", "市科协")]
    [InlineData("融媒体中心", "区融媒体中心")]
    [InlineData("镇街", "各镇街")]
    [InlineData("妇联", "区妇联")]
    public void Short_unit_names_find_their_documents_units(string asked, string expected)
    {
        Assert.Contains(expected, Book.Value.ForUnit(asked).MatchedUnits);
    }

    [Fact]
    public void An_unknown_unit_gets_suggestions_instead_of_an_empty_answer()
    {
        var lookup = Book.Value.ForUnit("区民政厅");
        Assert.Empty(lookup.Duties);
        Assert.Contains("区民政局", lookup.Suggestions);
    }

    [Fact]
    public void Frequencies_are_parsed_into_counts_and_periods()
    {
        var media = Book.Value.ForUnit("区融媒体中心", "banan-2021-2025").Duties.Single(d => d.Task.Contains("每日发布", StringComparison.Ordinal));
        Assert.Equal(new DutyFrequency(1, "day", "条"), media.Frequency);
        var women = Book.Value.ForUnit("区妇联", "banan-2021-2025").Duties.Single(d => d.Task.Contains("亲子", StringComparison.Ordinal));
        Assert.Equal(new DutyFrequency(2, "year", "次"), women.Frequency);
    }

    [Fact]
    public void Deadlines_addressed_to_every_unit_reach_any_unit_that_asks()
    {
        var duty = Book.Value.ForUnit("区气象局").Duties.Single(d => d.IsForEveryUnit && d.Deadline is not null);
        Assert.Equal("5月25日前；每年11月30日前", duty.Deadline);
    }

    [Fact]
    public void Puyang_responsibility_notes_and_assignment_sentences_are_duties()
    {
        var propaganda = Book.Value.ForUnit("市委宣传部", "puyang-quanyu").Duties;
        Assert.Contains(propaganda, d => d.Task.Contains("濮阳日报", StringComparison.Ordinal));
        var education = Book.Value.ForUnit("教育部门", "puyang-quanyu").Duties;
        Assert.Contains(education, d => d.Task.Contains("青少年科技教育工作计划", StringComparison.Ordinal));
        var weather = Book.Value.ForUnit("气象部门", "puyang-quanyu").Duties;
        Assert.Contains(weather, d => d.Task.Contains("防灾减灾", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("科普大篷车", "区科协")]
    [InlineData("老年人智能手机", "区卫生健康委")]
    [InlineData("世界气象日", "区气象局")]
    public void Who_is_responsible_for_a_topic(string topic, string unit)
    {
        Assert.Contains(Book.Value.ForTopic(topic), d => d.Units.Contains(unit));
    }

    [Theory]
    [InlineData("巴南区卫健委要做什么？", "区卫生健康委")]
    [InlineData("区妇联今年有啥任务", "区妇联")]
    [InlineData("团委要做哪些科普工作", "团区委")]
    public void Finds_the_unit_a_question_names(string question, string unit)
    {
        Assert.Contains(unit, Book.Value.UnitsIn(question));
    }
}
