using KepuKnowledge.Ingestion;
using KepuKnowledge.Library;
using Microsoft.Extensions.Time.Testing;

namespace KepuKnowledge.Tests.Library;

public sealed class CorpusValidatorTests
{
    private static readonly FakeTimeProvider Today = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<string, string, string, string, string> BrokenFiles()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(RepoPaths.Fixture("library/broken/expected.tsv")).Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var c = line.Split('\t');
            data.Add(c[0], c[1], c[2], c[3], c[4]);
        }

        return data;
    }

    [Fact]
    public async Task The_bundled_corpus_passes_with_no_errors()
    {
        var report = await new CorpusValidator(new DocumentParser(), TimeProvider.System).ValidateAsync(RepoPaths.Corpus);

        Assert.Empty(report.Errors);
        Assert.True(report.Documents.Count(d => d.Metadata.Kind == "faq") >= 40);
    }

    [Fact]
    public async Task The_bundled_corpus_switched_to_the_starter_state_passes_and_reads_the_same()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Corpus, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Corpus, file);
            var text = File.ReadAllText(file);
            folder.Write(Path.Combine("corpus", relative), relative.Split(Path.DirectorySeparatorChar)[0] is "kepu" or "faq" ? MarkStarter(text) : text);
        }

        var before = await new CorpusValidator(new DocumentParser(), TimeProvider.System).ValidateAsync(RepoPaths.Corpus);
        var after = await new CorpusValidator(new DocumentParser(), TimeProvider.System).ValidateAsync(Path.Combine(folder.Path, "corpus"));

        Assert.Empty(after.Errors);
        Assert.DoesNotContain(after.Issues, i => i.Reason.Contains("read as starter", StringComparison.Ordinal));
        Assert.Equal(StatusById(before), StatusById(after));
    }

    [Fact]
    public async Task The_clean_fixture_corpus_passes_so_each_broken_case_is_the_only_fault()
    {
        using var folder = CopyBase();

        var report = await Validate(folder);

        Assert.Empty(report.Issues);
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task Each_broken_file_is_reported_with_its_file_and_field(string fixture, string placeAt, string severity, string field, string reason)
    {
        using var folder = CopyBase();
        File.Copy(RepoPaths.Fixture($"library/broken/{fixture}"), Target(folder, placeAt));

        var report = await Validate(folder);

        var expected = severity == "error" ? IssueSeverity.Error : IssueSeverity.Warning;
        Assert.Contains(report.Issues, i => i.Severity == expected && i.Field == field && i.Reason.Contains(reason, StringComparison.Ordinal)
            && (i.Path == placeAt || i.Reason.Contains(placeAt, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_draft_needs_no_vetting_record_yet()
    {
        using var folder = CopyBase();
        folder.Write("corpus/kepu/health/new-draft.md", "---\nid: new-draft\ntitle: 饭前便后要洗手\nkind: health\nauthor: 张三\nstatus: draft\n---\n# 饭前便后要洗手\n饭前便后用流水和肥皂洗手。\n");

        var report = await Validate(folder);

        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task A_change_can_be_checked_before_it_is_written()
    {
        using var folder = CopyBase();
        var path = "kepu/debunk/test-debunk.md";
        var changed = FrontMatterEditor.Set(File.ReadAllText(Path.Combine(folder.Path, "corpus", path)), "verdict", "不确定");

        var report = await new CorpusValidator(new DocumentParser(), Today).ValidateAsync(Path.Combine(folder.Path, "corpus"), new Dictionary<string, byte[]> { [path] = System.Text.Encoding.UTF8.GetBytes(changed) });

        Assert.Contains(report.For(path), i => i.Field == "verdict");
        Assert.DoesNotContain("不确定", File.ReadAllText(Path.Combine(folder.Path, "corpus", path)), StringComparison.Ordinal);
    }

    // What tools/mark-starter.py does to a file the project shipped as "vetted by the project team".
    private static string MarkStarter(string text)
    {
        var fields = FrontMatter.Parse(FrontMatter.Split(text).FrontMatter ?? string.Empty);
        string? Field(string key) => fields.GetValueOrDefault(key) is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } value } ? value.Trim() : null;
        if (!Corpus.StarterContent.IsLegacyMarking(Field("status"), Field("author"), Field("reviewer")))
        {
            return text;
        }

        text = FrontMatterEditor.Set(text, "status", "starter");
        text = FrontMatterEditor.Set(text, "reviewer", null);
        return FrontMatterEditor.Set(text, "reviewed", null);
    }

    private static Dictionary<string, Corpus.VettingStatus> StatusById(ValidationReport report) =>
        report.Documents.ToDictionary(d => d.Id, d => d.Metadata.Status, StringComparer.Ordinal);

    private static Task<ValidationReport> Validate(TempFolder folder) =>
        new CorpusValidator(new DocumentParser(), Today).ValidateAsync(Path.Combine(folder.Path, "corpus"));

    private static TempFolder CopyBase()
    {
        var folder = new TempFolder();
        var source = RepoPaths.Fixture("library/base");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Target(folder, Path.GetRelativePath(source, file)));
        }

        return folder;
    }

    private static string Target(TempFolder folder, string relative)
    {
        var target = Path.Combine(folder.Path, "corpus", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return target;
    }
}
