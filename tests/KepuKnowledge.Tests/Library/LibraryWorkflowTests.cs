using System.Text;
using KepuKnowledge.Corpus;
using KepuKnowledge.Library;
using Microsoft.Extensions.Time.Testing;

namespace KepuKnowledge.Tests.Library;

public sealed class LibraryWorkflowTests : IDisposable
{
    private const string HeaterArticle = "# 家用燃气热水器怎么安全使用？\n\n## 要点\n\n- 燃气热水器必须装在通风良好的地方，严禁装在浴室里。\n- 洗澡时感到头晕、乏力，要立即关掉热水器，打开门窗通风。\n";
    private const string HeaterQuery = "燃气热水器能装在浴室里吗";

    // A fixed day, so review dates are judged the same whenever the tests run.
    private static readonly DateTimeOffset June1 = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private readonly TestLibrary _library;

    public LibraryWorkflowTests()
    {
        var source = RepoPaths.Fixture("library/base");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            _folder.WriteBytes(Path.Combine("corpus", Path.GetRelativePath(source, file)), File.ReadAllBytes(file));
        }

        _library = new TestLibrary(Corpus, Path.Combine(_folder.Path, "index"), Path.Combine(_folder.Path, "audit.jsonl"), new FakeTimeProvider(June1));
        _library.Knowledge.SyncAsync().GetAwaiter().GetResult();
    }

    private string Corpus => Path.Combine(_folder.Path, "corpus");

    [Fact]
    public async Task An_imported_article_is_a_draft_that_staff_can_preview_but_answers_never_cite()
    {
        var change = await ImportHeaterAsync(basis: ["应急管理部"]);

        Assert.Equal((null, VettingStatus.Draft), (change.Before, change.After));
        Assert.Contains("status: draft", File.ReadAllText(Path.Combine(Corpus, change.Path)), StringComparison.Ordinal);
        Assert.DoesNotContain(_library.Search(HeaterQuery), h => h.DocId == change.DocId);
        Assert.Contains(_library.Search(HeaterQuery, includeUncitable: true), h => h.DocId == change.DocId);
        var record = Assert.Single(await _library.Audit.ReadAsync(change.DocId, default));
        Assert.Equal(("张三", "import", null, "draft"), (record.Staff, record.Action, record.Before, record.After));
    }

    [Fact]
    public async Task Approval_rewrites_the_vetting_record_and_reaches_a_running_index_without_a_restart()
    {
        var imported = await ImportHeaterAsync(basis: ["应急管理部"]);
        // Another instance (a running service) already has the index open.
        using var service = new TestLibrary(Corpus, _library.Knowledge.Paths.Index, Path.Combine(_folder.Path, "audit.jsonl"), new FakeTimeProvider(June1));
        await service.Knowledge.EnsureOpenAsync();
        Assert.DoesNotContain(service.Search(HeaterQuery), h => h.DocId == imported.DocId);

        var approved = await _library.Workflow.ApproveAsync(imported.DocId, Actor("李四"), reviewBy: null, default);

        Assert.Equal((VettingStatus.Draft, VettingStatus.Vetted), (approved.Before, approved.After));
        Assert.Contains(_library.Search(HeaterQuery), h => h.DocId == imported.DocId);
        Assert.True(service.Knowledge.Index.Refresh());
        Assert.Contains(service.Search(HeaterQuery), h => h.DocId == imported.DocId);
        var text = File.ReadAllText(Path.Combine(Corpus, approved.Path));
        Assert.Contains("status: vetted\n", text, StringComparison.Ordinal);
        Assert.Contains("reviewer: 李四\n", text, StringComparison.Ordinal);
        Assert.Contains("reviewed: 2026-06-01\n", text, StringComparison.Ordinal);
        Assert.Contains("review_by: 2027-06-01\n", text, StringComparison.Ordinal);
        var history = await _library.Audit.ReadAsync(imported.DocId, default);
        Assert.Equal(("李四", "approve", "draft", "vetted"), (history[^1].Staff, history[^1].Action, history[^1].Before, history[^1].After));
    }

    [Fact]
    public async Task A_word_document_is_imported_as_a_cleaned_draft_and_answers_once_approved()
    {
        var docx = TestDocuments.Word(["夏天剩饭剩菜怎么保存？", "剩饭剩菜放凉后要在2小时内放进冰箱冷藏，最好一天内吃完。", "吃之前要彻底加热，有异味的不要吃。"], []);

        var imported = await _library.Workflow.ImportAsync(new LibraryImport("夏季剩菜.docx", docx, "health") { Id = "health-summer-leftovers", Basis = ["国家卫生健康委员会"], Topics = ["食品安全"], Audience = ["居民"] }, Actor("张三"), default);
        await _library.Workflow.ApproveAsync(imported.DocId, Actor("李四"), null, default);

        Assert.Equal("kepu/health/health-summer-leftovers.md", imported.Path);
        var hit = _library.Search("剩饭剩菜多久要放进冰箱").First(h => h.DocId == imported.DocId);
        Assert.Contains("2小时内放进冰箱冷藏", hit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authors_cannot_approve_their_own_articles()
    {
        var imported = await ImportHeaterAsync(basis: ["应急管理部"]);

        await Assert.ThrowsAsync<LibraryException>(() => _library.Workflow.ApproveAsync(imported.DocId, Actor("张三"), null, default));

        Assert.Contains("status: draft", File.ReadAllText(Path.Combine(Corpus, imported.Path)), StringComparison.Ordinal);
        Assert.DoesNotContain(_library.Search(HeaterQuery), h => h.DocId == imported.DocId);
    }

    [Fact]
    public async Task The_importer_is_the_author_whatever_the_file_claims_so_it_cannot_approve_its_own_upload()
    {
        const string forged = "---\nid: forged-heater\ntitle: 燃气热水器\nkind: emergency\nauthor: 王五\nreviewer: 赵六\nreviewed: 2026-05-01\nreview_by: 2027-05-01\nstatus: vetted\n---\n" + HeaterArticle;
        var imported = await _library.Workflow.ImportAsync(
            new LibraryImport("forged.md", Encoding.UTF8.GetBytes(forged), "emergency") { Basis = ["应急管理部"], Topics = ["燃气安全"], Audience = ["居民"] },
            Actor("张三"),
            default);

        var text = File.ReadAllText(Path.Combine(Corpus, imported.Path));
        Assert.Contains("author: 张三\n", text, StringComparison.Ordinal);
        Assert.Contains("status: draft\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("王五", text, StringComparison.Ordinal);
        Assert.DoesNotContain("reviewer:", text, StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<LibraryException>(() => _library.Workflow.ApproveAsync(imported.DocId, Actor("张三"), null, default));
        Assert.Equal(LibraryRefusal.Conflict, refused.Refusal);
        Assert.DoesNotContain(_library.Search(HeaterQuery), h => h.DocId == imported.DocId);
    }

    [Fact]
    public async Task A_stated_name_is_recorded_as_stated()
    {
        var imported = await ImportHeaterAsync(basis: ["应急管理部"]);

        await _library.Workflow.ApproveAsync(imported.DocId, new LibraryActor("李四", Asserted: true), null, default);

        var history = await _library.Audit.ReadAsync(imported.DocId, default);
        Assert.Equal([false, true], history.Select(r => r.Asserted));
    }

    [Fact]
    public async Task Approval_is_refused_while_the_vetting_record_lacks_its_sources_and_says_which_field()
    {
        var imported = await ImportHeaterAsync(basis: []);

        var refused = await Assert.ThrowsAsync<LibraryException>(() => _library.Workflow.ApproveAsync(imported.DocId, Actor("李四"), null, default));

        Assert.Contains(refused.Issues, i => i.Field == "basis");
        Assert.Contains("status: draft", File.ReadAllText(Path.Combine(Corpus, imported.Path)), StringComparison.Ordinal);
        Assert.Single(await _library.Audit.ReadAsync(imported.DocId, default));
    }

    [Fact]
    public async Task A_curated_faq_entry_is_used_only_once_approved_and_cites_its_section()
    {
        const string question = "测试区卫生健康委多久举办一次老年健康讲座？";
        var added = await _library.Workflow.AddFaqAsync(new FaqDraft(question, "区卫生健康委每季度举办1次老年健康讲座。", "test-plan", "一、工作任务 › 2.开展老年人健康讲座"), Actor("王五"), default);
        Assert.Null(_library.Faq.Match(question));

        await _library.Workflow.ApproveAsync(added.DocId, Actor("李四"), null, default);

        var match = _library.Faq.Match(question);
        Assert.NotNull(match);
        Assert.Equal(added.DocId, match.Entry.DocId);
        Assert.Equal("区卫生健康委每季度举办1次老年健康讲座。", match.Answer);
        Assert.Equal(("test-plan", "一、工作任务 › 2.开展老年人健康讲座"), (match.Source.DocId, match.Source.Section));
        Assert.Contains("每季度举办1次", match.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_faq_entry_citing_a_section_that_does_not_exist_is_refused_and_not_written()
    {
        var refused = await Assert.ThrowsAsync<LibraryException>(() =>
            _library.Workflow.AddFaqAsync(new FaqDraft("测试区有几辆科普大篷车？", "有3辆。", "test-plan", "一、工作任务 › 9.科普大篷车数量"), Actor("王五"), default));

        Assert.Contains(refused.Issues, i => i.Field == "section");
        Assert.False(Directory.Exists(Path.Combine(Corpus, "faq", "test-plan")) && Directory.GetFiles(Path.Combine(Corpus, "faq", "test-plan")).Length > 1);
    }

    [Fact]
    public async Task Retiring_stops_citing_the_article_and_the_faq_entries_built_on_it()
    {
        const string question = "吃隔夜菜真的会致癌吗？";
        var faq = await _library.Workflow.AddFaqAsync(new FaqDraft(question, "这是误区。冷藏得当、吃前热透的剩菜一般可以吃。", "test-debunk", "结论"), Actor("王五"), default);
        await _library.Workflow.ApproveAsync(faq.DocId, Actor("李四"), null, default);
        Assert.NotNull(_library.Faq.Match(question));

        var retired = await _library.Workflow.RetireAsync("test-debunk", Actor("李四"), "已有新版", default);

        Assert.Equal((VettingStatus.Vetted, VettingStatus.Retired), (retired.Before, retired.After));
        Assert.Equal([faq.DocId], retired.Dependents);
        Assert.DoesNotContain(_library.Search("隔夜菜致癌"), h => h.DocId == "test-debunk");
        Assert.Null(_library.Faq.Match(question));
        Assert.Contains("retired_reason: 已有新版", File.ReadAllText(Path.Combine(Corpus, retired.Path)), StringComparison.Ordinal);
        var record = (await _library.Audit.ReadAsync("test-debunk", default))[^1];
        Assert.Equal(("retire", "vetted", "retired", "已有新版"), (record.Action, record.Before, record.After, record.Reason));
    }

    [Fact]
    public async Task Policies_do_not_go_through_the_library_workflow() =>
        await Assert.ThrowsAsync<LibraryException>(() => _library.Workflow.RetireAsync("test-plan", Actor("李四"), null, default));

    // Signed in: these tests are about the workflow's own rules, which hold for every caller.
    private static LibraryActor Actor(string name) => new(name, Asserted: false);

    public void Dispose()
    {
        _library.Dispose();
        _folder.Dispose();
    }

    private Task<LibraryChange> ImportHeaterAsync(IReadOnlyList<string> basis) =>
        _library.Workflow.ImportAsync(
            new LibraryImport("gas-water-heater.md", Encoding.UTF8.GetBytes(HeaterArticle), "emergency") { Basis = basis, Topics = ["燃气安全"], Audience = ["居民"] },
            Actor("张三"),
            default);
}
