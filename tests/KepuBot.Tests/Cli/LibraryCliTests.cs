using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using KepuBot.Staff.Auth;
using KepuBot.Tests.Channels;

namespace KepuBot.Tests.Cli;

/// <summary>
/// Staff change the library from the command line while the service runs in its own process over the same corpus
/// and index: the service's next answers follow each change without a restart. Nobody signs in on the command line,
/// so <c>--as</c> is recorded as stated; a configured account keeps its role there too.
/// </summary>
public sealed class LibraryCliTests : IAsyncLifetime, IDisposable
{
    private const string Question = "燃气热水器能装在浴室里吗？";
    private const string ArticleId = "emergency-gas-water-heater";
    private const string StaffAccount = "小王";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "kepu-library-cli", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _settings;
    private readonly ServiceProcess _service;
    private readonly CliProcess _cli;

    public LibraryCliTests()
    {
        _settings = new Dictionary<string, string>
        {
            ["Knowledge__CorpusPath"] = Path.Combine(_root, "corpus"),
            ["Knowledge__IndexPath"] = Path.Combine(_root, "index"),
            ["Knowledge__RefreshInterval"] = "00:00:01",
            ["Library__AuditPath"] = Path.Combine(_root, "library-audit.jsonl"),
            ["Storage__SqlitePath"] = Path.Combine(_root, "kepubot.db"),
            ["Staff__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Staff__Accounts__0__Name"] = StaffAccount,
            ["Staff__Accounts__0__Role"] = "staff",
            ["Staff__Accounts__0__PasswordHash"] = SecretHasher.HashPassword("cli-staff-pass-1357", SecretHasher.MinimumIterations),
        };
        _service = new ServiceProcess(_settings);
        _cli = new CliProcess(_settings);
    }

    public async Task InitializeAsync()
    {
        CopyFolder(RepoPaths.Corpus, Path.Combine(_root, "corpus"));
        await _service.InitializeAsync();
    }

    [Fact]
    public async Task Import_approve_and_retire_from_the_cli_reach_the_running_service()
    {
        var article = Path.Combine(_root, "热水器.md");
        await File.WriteAllTextAsync(article, "# 家用燃气热水器怎么安全使用？\n\n## 要点\n\n- 燃气热水器必须装在通风良好的地方，严禁装在浴室里。\n- 洗澡时感到头晕、乏力，要立即关掉热水器，打开门窗通风。\n");

        var imported = await _cli.RunAsync("library", "import", article, "--as", "张三", "--kind", "emergency", "--id", ArticleId, "--basis", "应急管理部", "--topics", "燃气安全", "--audience", "居民");
        Assert.True(imported.ExitCode == 0, imported.Errors);
        Assert.DoesNotContain(ArticleId, await CitedDocsAsync());

        var ownApproval = await _cli.RunAsync("library", "approve", ArticleId, "--as", "张三");
        Assert.Equal(2, ownApproval.ExitCode);

        var approved = await _cli.RunAsync("library", "approve", ArticleId, "--as", "李四");
        Assert.True(approved.ExitCode == 0, approved.Errors);
        await Eventually.GetAsync(async () => (await CitedDocsAsync()).Contains(ArticleId) ? "cited" : null, "the service to cite the approved article");

        var retired = await _cli.RunAsync("library", "retire", ArticleId, "--as", "李四", "--reason", "有新版，联系13812345678");
        Assert.True(retired.ExitCode == 0, retired.Errors);
        await Eventually.GetAsync(async () => (await CitedDocsAsync()).Contains(ArticleId) ? null : "gone", "the service to stop citing the retired article");

        var history = await _cli.RunAsync("library", "history", ArticleId, "--json");
        var records = JsonDocument.Parse(history.Output).RootElement.EnumerateArray().Select(r => (r.GetProperty("staff").GetString(), r.GetProperty("action").GetString(), r.GetProperty("after").GetString())).ToList();
        Assert.Equal([("张三", "import", "draft"), ("李四", "approve", "vetted"), ("李四", "retire", "retired")], records);
        Assert.All(JsonDocument.Parse(history.Output).RootElement.EnumerateArray(), r => Assert.True(r.GetProperty("asserted").GetBoolean()));
        Assert.DoesNotContain("13812345678", history.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_staff_account_named_with_as_drafts_but_may_not_approve_or_retire()
    {
        var article = Path.Combine(_root, "热水器-草稿.md");
        await File.WriteAllTextAsync(article, "# 家用燃气热水器怎么安全使用？\n\n## 要点\n\n- 燃气热水器必须装在通风良好的地方，严禁装在浴室里。\n");
        var imported = await _cli.RunAsync("library", "import", article, "--as", "张三", "--kind", "emergency", "--id", "emergency-cli-role", "--basis", "应急管理部", "--topics", "燃气安全", "--audience", "居民");
        Assert.True(imported.ExitCode == 0, imported.Errors);
        var file = Path.Combine(_root, "corpus", "kepu", "emergency", "emergency-cli-role.md");
        var draft = await File.ReadAllTextAsync(file);

        var approved = await _cli.RunAsync("library", "approve", "emergency-cli-role", "--as", StaffAccount);
        var retired = await _cli.RunAsync("library", "retire", "health-medicine-safety", "--as", StaffAccount);

        Assert.Equal(2, approved.ExitCode);
        Assert.Equal(2, retired.ExitCode);
        Assert.Contains("reviewer", approved.Errors, StringComparison.Ordinal);
        Assert.Equal(draft, await File.ReadAllTextAsync(file));
        Assert.DoesNotContain("status: retired", await File.ReadAllTextAsync(Path.Combine(_root, "corpus", "kepu", "health", "health-medicine-safety.md")), StringComparison.Ordinal);
        var history = await _cli.RunAsync("library", "history", "emergency-cli-role", "--json");
        Assert.Single(JsonDocument.Parse(history.Output).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task A_document_added_with_the_plain_import_command_is_on_the_audit_history()
    {
        var file = Path.Combine(_root, "通知.txt");
        await File.WriteAllTextAsync(file, "关于开展社区科普活动的通知\n\n各单位：请于十二月底前报送本年度科普工作总结。\n");

        var imported = await _cli.RunAsync("import", file, "--kind", "policy", "--id", "notice-import-audit", "--author", "赵六");
        Assert.True(imported.ExitCode == 0, imported.Errors);

        var history = await _cli.RunAsync("library", "history", "notice-import-audit", "--json");
        var record = Assert.Single(JsonDocument.Parse(history.Output).RootElement.EnumerateArray().ToList());
        Assert.Equal("赵六", record.GetProperty("staff").GetString());
        Assert.Equal("import", record.GetProperty("action").GetString());
    }

    [Fact]
    public async Task An_faq_entry_written_for_an_unanswered_question_answers_it_once_approved()
    {
        const string question = "巴南区总工会要组织职工参加哪些评选活动？";
        const string answer = "组织开展并参加“中国梦·劳动美”“最美职工”等活动。";
        var added = await _cli.RunAsync("faq", "add", "--question", question, "--answer", answer, "--doc", "banan-2021-2025",
            "--section", "附件：重庆市巴南区全民科学素质行动计划工作清单（2021-2025年） › 区总工会 › 实施产业工人科学素质提升行动", "--as", "王五");
        Assert.True(added.ExitCode == 0, added.Errors);
        Assert.NotEqual(answer, (await AskAsync(question)).GetProperty("answer").GetString()?.Split('\n')[0]);

        var approved = await _cli.RunAsync("library", "approve", "faq-banan-2021-2025-1", "--as", "李四");
        Assert.True(approved.ExitCode == 0, approved.Errors);

        var reply = await Eventually.GetValueAsync(async () => await AskAsync(question) is var r && r.GetProperty("answer").GetString()!.StartsWith(answer, StringComparison.Ordinal) ? r : (JsonElement?)null, "the curated answer");
        var citations = reply.GetProperty("citations");
        Assert.Equal("banan-2021-2025", citations[0].GetProperty("docId").GetString());
        Assert.Contains("区总工会", citations[0].GetProperty("section").GetString(), StringComparison.Ordinal);
        Assert.Equal("faq-banan-2021-2025-1", citations[1].GetProperty("docId").GetString());
    }

    [Fact]
    public async Task Corpus_check_passes_the_bundled_corpus_and_names_the_file_and_field_of_a_broken_one()
    {
        var clean = await _cli.RunAsync("corpus", "check");
        Assert.True(clean.ExitCode == 0, clean.Errors);

        // Whatever the bundled file's status line says (vetted as shipped, starter once marked), it becomes a wrong one.
        var broken = Path.Combine(_root, "corpus", "kepu", "health", "health-medicine-safety.md");
        await File.WriteAllTextAsync(broken, Regex.Replace(await File.ReadAllTextAsync(broken), "^status: .*$", "status: approved", RegexOptions.Multiline));
        var check = await _cli.RunAsync("corpus", "check");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("kepu/health/health-medicine-safety.md: status: 'approved' is not draft, vetted, retired or starter", check.Errors, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _service.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already removed: xunit disposes through both interfaces.
        }
        catch (IOException)
        {
            // Still held; the OS temp cleaner removes it.
        }
    }

    private async Task<IReadOnlyList<string?>> CitedDocsAsync() =>
        (await AskAsync(Question)).GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("docId").GetString()).ToList();

    private async Task<JsonElement> AskAsync(string question)
    {
        using var client = new HttpClient { BaseAddress = _service.BaseAddress };
        using var response = await client.PostAsJsonAsync(new Uri("api/ask", UriKind.Relative), new { question });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
