using KepuKnowledge.Corpus;
using KepuKnowledge.Library;
using Microsoft.Extensions.Time.Testing;

namespace KepuKnowledge.Tests.Library;

/// <summary>
/// The bundled starter library: cited with its note while <c>Library:CiteUnreviewedStarter</c> is on, never once it is
/// off, and an ordinary vetted article once a reviewer approves it. Both ways a starter file can be marked are covered:
/// <c>status: starter</c>, and the old marking (vetted, "reviewed" by the project team with a note) it shipped with.
/// </summary>
public sealed class StarterContentTests : IDisposable
{
    private const string Query = "燃气热水器能装在浴室里吗";
    private const string Id = "emergency-starter-heater";

    private static readonly string Switched = Article("status: starter\nreview_by: 2027-11-20");
    private static readonly string Legacy = Article("reviewer: KepuBot 项目组（初始样本库，部署单位需复核）\nreviewed: 2026-01-10\nreview_by: 2027-11-20\nstatus: vetted");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Markings() => new() { Switched, Legacy };

    [Theory]
    [MemberData(nameof(Markings))]
    public async Task Starter_content_is_cited_with_its_note_by_default(string file)
    {
        using var library = await LibraryWithAsync(file, new LibraryOptions());

        var hit = library.Search(Query).First(h => h.DocId == Id);

        Assert.Equal(VettingStatus.Starter, hit.Metadata.Status);
        Assert.Equal(StarterContent.Notice + "。", hit.Notice);
    }

    [Theory]
    [MemberData(nameof(Markings))]
    public async Task Starter_content_is_never_cited_once_the_deployment_turns_it_off(string file)
    {
        using var library = await LibraryWithAsync(file, new LibraryOptions { CiteUnreviewedStarter = false });

        Assert.DoesNotContain(library.Search(Query), h => h.DocId == Id);
        Assert.Contains(library.Search(Query, includeUncitable: true), h => h.DocId == Id);
        Assert.Empty(library.Knowledge.Section(Id, "要点"));
        var entry = Assert.Single(await library.Workflow.ListAsync(VettingStatus.Starter, default));
        Assert.False(entry.Citable);
    }

    [Theory]
    [MemberData(nameof(Markings))]
    public async Task A_reviewer_approves_starter_content_into_an_ordinary_vetted_article(string file)
    {
        using var library = await LibraryWithAsync(file, new LibraryOptions { CiteUnreviewedStarter = false });

        var approved = await library.Workflow.ApproveAsync(Id, new LibraryActor("李四", Asserted: false), null, default);

        Assert.Equal((VettingStatus.Starter, VettingStatus.Vetted), (approved.Before, approved.After));
        var hit = library.Search(Query).First(h => h.DocId == Id);
        Assert.Null(hit.Notice);
        var text = File.ReadAllText(Path.Combine(library.Knowledge.Paths.Corpus, approved.Path));
        Assert.Contains("reviewer: 李四\n", text, StringComparison.Ordinal);
        Assert.Contains("author: KepuBot 项目组\n", text, StringComparison.Ordinal);
        Assert.Empty(await library.Workflow.ListAsync(VettingStatus.Starter, default));
    }

    private async Task<TestLibrary> LibraryWithAsync(string file, LibraryOptions options)
    {
        var source = RepoPaths.Fixture("library/base");
        foreach (var fixture in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            _folder.WriteBytes(Path.Combine("corpus", Path.GetRelativePath(source, fixture)), File.ReadAllBytes(fixture));
        }

        _folder.Write($"corpus/kepu/emergency/{Id}.md", file);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var library = new TestLibrary(Path.Combine(_folder.Path, "corpus"), Path.Combine(_folder.Path, "index"), Path.Combine(_folder.Path, "audit.jsonl"), clock, options);
        await library.Knowledge.SyncAsync();
        return library;
    }

    private static string Article(string vetting) =>
        $"---\nid: {Id}\ntitle: 家用燃气热水器怎么安全使用？\nkind: emergency\naudience: [居民]\ntopics: [燃气安全]\nbasis: [应急管理部]\nauthor: {StarterContent.ProjectAuthor}\n{vetting}\n---\n"
        + "# 家用燃气热水器怎么安全使用？\n\n## 要点\n\n- 燃气热水器必须装在通风良好的地方，严禁装在浴室里。\n- 洗澡时感到头晕、乏力，要立即关掉热水器，打开门窗通风。\n";
}
