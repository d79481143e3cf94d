using KepuKnowledge.Corpus;
using KepuKnowledge.Retrieval;

namespace KepuKnowledge.Tests.Retrieval;

public sealed class RealCorpusSearchTests(RealCorpusFixture fixture) : IClassFixture<RealCorpusFixture>
{
    private IReadOnlyList<SearchHit> Search(string query, int top = 5, IReadOnlyList<string>? kinds = null) =>
        fixture.Knowledge.Search(new SearchRequest { Query = query, Top = top, Kinds = kinds }).Hits;

    /// <summary>
    /// A regression test, not a measure: <c>eval/dev-questions.tsv</c> is the development set search was tuned on
    /// (the blind threshold test is <see cref="BlindRetrievalTests"/>). A <c>*</c> row ("any document") counts only
    /// towards the fact, since it cannot miss the document.
    /// </summary>
    [Fact]
    public void Regression_dev_questions_find_the_right_document_first_and_the_fact_in_the_top_three()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "eval", "dev-questions.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        var namingADocument = lines.Count(cells => cells[3] != "*");
        var topDoc = 0;
        var factAt3 = 0;
        foreach (var cells in lines)
        {
            var hits = Search(cells[2], 3);
            var facts = cells[4].Split('|');
            topDoc += cells[3] != "*" && hits[0].DocId == cells[3] ? 1 : 0;
            factAt3 += hits.Any(h => (cells[3] == "*" || h.DocId == cells[3]) && facts.Any(f => h.Text.Contains(f, StringComparison.Ordinal))) ? 1 : 0;
        }

        Assert.True(topDoc >= namingADocument * 0.95, $"right document first for {topDoc}/{namingADocument}");
        Assert.True(factAt3 >= lines.Count * 0.95, $"fact in top 3 for {factAt3}/{lines.Count}");
    }

    [Theory]
    [InlineData("唐山市銀齡科普行動要依靠哪些組織？", "tangshan-2023", "老科协")]
    [InlineData("唐山市2023年全民科学素质行动工作要点的文号是什么", "tangshan-2023", "唐全科字〔2023〕1号")]
    [InlineData("巴南区全民科学素质行动计划工作清单是哪个单位发的", "banan-2021-2025", "重庆市巴南区人民政府办公室")]
    [InlineData("区气象局要搞什么主题的科普活动", "banan-2021-2025", "世界气象日")]
    [InlineData("ＰＵＹＡＮＧ濮阳科普大篷车", "puyang-quanyu", "科普大篷车")]
    public void Finds_facts_from_colloquial_traditional_and_metadata_questions(string query, string docId, string fact)
    {
        var hits = Search(query, 3);
        Assert.Equal(docId, hits[0].DocId);
        Assert.Contains(hits, h => h.Text.Contains(fact, StringComparison.Ordinal));
    }

    [Fact]
    public void Marks_matched_terms_in_the_snippet()
    {
        var hit = Search("科普大篷车", 1)[0];
        Assert.Contains("<mark>科普大篷车</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_by_document_kind()
    {
        var hits = Search("隔夜菜能吃吗", 5, [DocumentKinds.Debunk]);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(DocumentKinds.Debunk, h.Metadata.Kind));
        Assert.Equal("debunk-overnight-dishes-cancer", hits[0].DocId);
    }

    [Fact]
    public void A_known_articles_section_is_read_whole_without_a_query()
    {
        var articles = fixture.Knowledge.ScenarioDocuments(DocumentKinds.AntiFraud, "relative-in-trouble");
        Assert.Equal(["antifraud-relative-in-trouble"], articles);

        var actions = fixture.Knowledge.Section(articles[0], "怎么办");
        Assert.NotEmpty(actions);
        Assert.All(actions, h => Assert.EndsWith("怎么办", h.Section, StringComparison.Ordinal));
        Assert.All(actions, h => Assert.Equal("冒充孙子、子女“出事了”急需用钱的骗局", h.Title));
        Assert.Empty(fixture.Knowledge.Section(articles[0], "没有这一节"));
        Assert.Empty(fixture.Knowledge.Section("no-such-document", "怎么办"));
    }

    [Fact]
    public void A_question_of_only_stop_words_finds_nothing()
    {
        Assert.Empty(Search("什么 怎么 吗？"));
    }

    [Fact]
    public void Annual_plans_past_their_year_say_so()
    {
        var hit = Search("忠县2024年科普工作要点 封建迷信", 1)[0];
        Assert.Equal("zhongxian-2024", hit.DocId);
        Assert.Contains("2024年度文件", hit.Notice, StringComparison.Ordinal);
    }
}
