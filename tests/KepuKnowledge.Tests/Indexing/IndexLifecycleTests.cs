using KepuKnowledge.Retrieval;

namespace KepuKnowledge.Tests.Indexing;

public sealed class IndexLifecycleTests
{
    private const int SearchesPerRebuild = 8;
    [Fact]
    public async Task Queries_running_during_repeated_rebuilds_always_see_a_whole_index()
    {
        using var folder = new TempFolder();
        SmallCorpus.WriteTo(folder);
        var knowledge = TestKnowledge.Create(Path.Combine(folder.Path, "corpus"), Path.Combine(folder.Path, "index"));
        await knowledge.SyncAsync();
        var firstVersion = knowledge.Index.Version;
        var duringRebuild = new List<int>();

        // The writer reports progress after the new snapshot is written and before it is published, on the rebuilding
        // thread: holding that thread while searches run elsewhere makes every one of them overlap the rebuild,
        // rather than hoping a reader loop happens to be scheduled inside a window of a few milliseconds.
        var overlap = new InlineProgress(_ =>
        {
            var searches = Enumerable.Range(0, SearchesPerRebuild).Select(_ => Task.Run(() =>
                knowledge.Search(new SearchRequest { Query = "科普大篷车巡游活动", Top = 5 }).Hits.Count(h => h.Text.Contains("巡游", StringComparison.Ordinal))));
            duringRebuild.AddRange(Task.WhenAll(searches).GetAwaiter().GetResult());
        });
        for (var i = 0; i < 5; i++)
        {
            await knowledge.SyncAsync(full: true, progress: overlap);
        }

        Assert.NotEqual(firstVersion, knowledge.Index.Version);
        Assert.True(duringRebuild.Count >= 5 * SearchesPerRebuild, $"only {duringRebuild.Count} searches overlapped a rebuild");
        Assert.All(duringRebuild, found => Assert.Equal(2, found));
        knowledge.Index.Dispose();
    }

    [Fact]
    public async Task Only_changed_documents_are_rewritten_and_removed_ones_disappear()
    {
        using var folder = new TempFolder();
        SmallCorpus.WriteTo(folder);
        var corpus = Path.Combine(folder.Path, "corpus");
        var knowledge = TestKnowledge.Create(corpus, Path.Combine(folder.Path, "index"));
        var (first, _) = await knowledge.SyncAsync();
        Assert.Equal("full", first.Mode);

        var (unchanged, _) = await knowledge.SyncAsync();
        Assert.Equal("unchanged", unchanged.Mode);

        folder.Write("corpus/policies/new-plan.md", SmallCorpus.Policy("new-plan", "新版科普工作方案", "在效", null, "各单位每年举办流动科技馆展览不少于4次。"));
        File.Delete(Path.Combine(corpus, "policies", "old-plan.md"));
        var (update, _) = await knowledge.SyncAsync();

        Assert.Equal("incremental", update.Mode);
        Assert.Equal(["new-plan"], update.Changed);
        Assert.Equal(["old-plan"], update.Removed);
        var hits = knowledge.Search(new SearchRequest { Query = "流动科技馆展览", Top = 5 }).Hits;
        Assert.Contains(hits, h => h.Text.Contains("不少于4次", StringComparison.Ordinal));
        Assert.DoesNotContain(knowledge.Search(new SearchRequest { Query = "科普大篷车巡游", Top = 5 }).Hits, h => h.DocId == "old-plan");
        knowledge.Index.Dispose();
    }

    [Fact]
    public async Task Drafts_retired_and_out_of_date_articles_are_never_returned_unless_asked_for()
    {
        using var folder = new TempFolder();
        SmallCorpus.WriteTo(folder);
        var knowledge = TestKnowledge.Create(Path.Combine(folder.Path, "corpus"), Path.Combine(folder.Path, "index"));
        await knowledge.SyncAsync();

        var cited = knowledge.Search(new SearchRequest { Query = "微波炉加热的饭菜辐射", Top = 10 }).Hits;
        var preview = knowledge.Search(new SearchRequest { Query = "微波炉加热的饭菜辐射", Top = 10, IncludeUncitable = true }).Hits;

        Assert.DoesNotContain(cited, h => h.DocId is "draft" or "retired" or "stale");
        Assert.Contains(preview, h => h.DocId == "draft");
        Assert.Contains(preview, h => h.DocId == "retired");
        Assert.Contains(preview, h => h.DocId == "stale");
        Assert.Contains("冷藏得当", Assert.Single(knowledge.Section("vetted", "结论")).Text, StringComparison.Ordinal);
        Assert.Empty(knowledge.Section("draft", "结论"));
        Assert.Empty(knowledge.Section("stale", "结论"));
        Assert.Empty(knowledge.Section("retired", "结论"));
        knowledge.Index.Dispose();
    }

    [Fact]
    public async Task Documents_in_force_rank_above_repealed_ones_which_say_so()
    {
        using var folder = new TempFolder();
        SmallCorpus.WriteTo(folder);
        var knowledge = TestKnowledge.Create(Path.Combine(folder.Path, "corpus"), Path.Combine(folder.Path, "index"));
        await knowledge.SyncAsync();

        var hits = knowledge.Search(new SearchRequest { Query = "科普大篷车巡游活动每年几次", Top = 10 }).Hits.Where(h => h.Text.Contains("巡游", StringComparison.Ordinal)).ToList();

        Assert.Equal("new-plan", hits[0].DocId);
        Assert.Null(hits[0].Notice);
        var repealed = hits.Single(h => h.DocId == "old-plan");
        Assert.Equal("该文件已废止，请以 new-plan 为准。", repealed.Notice);
        knowledge.Index.Dispose();
    }

    [Fact]
    public async Task A_search_before_any_index_exists_is_refused_clearly()
    {
        using var folder = new TempFolder();
        var knowledge = TestKnowledge.Create(Path.Combine(folder.Path, "corpus"), Path.Combine(folder.Path, "index"));
        Assert.False(knowledge.IsReady);
        Assert.Throws<InvalidOperationException>(() => knowledge.Search(new SearchRequest { Query = "科普" }));
        await Task.CompletedTask;
    }

    /// <summary>Calls back on the reporting thread (<see cref="Progress{T}"/> would post elsewhere and not hold the rebuild).</summary>
    private sealed class InlineProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
