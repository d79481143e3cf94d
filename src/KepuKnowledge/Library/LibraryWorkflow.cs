using System.Globalization;
using System.Text;
using KepuKnowledge.Corpus;
using KepuKnowledge.Ingestion;
using Microsoft.Extensions.Options;

namespace KepuKnowledge.Library;

/// <summary>
/// The staff workflow of the 科普 library: articles and FAQ entries arrive as drafts written by whoever adds them
/// (never by a name inside the file), are approved by someone else or retired, and each change is validated before it
/// is written, recorded in the audit log, and synced into the index so the next answer (in this process, or in a
/// running service within its refresh interval) reflects it. Who may approve is the caller's business (roles live
/// with the accounts); that nobody approves their own text is enforced here, for every caller.
/// </summary>
public sealed class LibraryWorkflow(
    KnowledgePaths paths,
    CorpusLoader loader,
    DocumentImporter importer,
    CorpusValidator validator,
    KnowledgeBase knowledge,
    ILibraryAudit audit,
    IOptions<LibraryOptions> options,
    TimeProvider clock)
{
    /// <summary>Every library article and FAQ entry, optionally only those in one status.</summary>
    public async Task<IReadOnlyList<LibraryEntry>> ListAsync(VettingStatus? status, CancellationToken cancellationToken)
    {
        var today = Today;
        var citeStarter = options.Value.CiteUnreviewedStarter;
        var corpus = await loader.LoadAsync(paths.Corpus, cancellationToken).ConfigureAwait(false);
        return corpus.Documents
            .Where(d => DocumentKinds.IsLibraryKind(d.Metadata.Kind) && (status is null || d.Metadata.Status == status))
            .Select(d => new LibraryEntry(d.Id, d.Metadata.Kind, d.Metadata.Title, d.Metadata.Status, d.Metadata.Author, d.Metadata.Reviewer, d.Metadata.ReviewBy, d.Metadata.IsCitable(today, citeStarter), d.SourcePath))
            .OrderBy(e => e.Kind, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Adds a file to the library as a draft whose author is <paramref name="actor"/>, whatever the file says.</summary>
    /// <exception cref="LibraryException">The kind is not a library kind, the file cannot be read, or its id is taken.</exception>
    public async Task<LibraryChange> ImportAsync(LibraryImport file, LibraryActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var staff = RequireStaff(actor);
        if (!DocumentKinds.IsLibraryKind(file.Kind) || file.Kind == DocumentKinds.Faq)
        {
            throw new LibraryException($"类别必须是 {string.Join("、", DocumentKinds.All.Where(k => k is not DocumentKinds.Policy and not DocumentKinds.Faq))} 之一；政策文件请用 import 命令导入，问答请用 faq add。");
        }

        DocumentMetadata metadata;
        string markdown;
        try
        {
            (metadata, markdown) = importer.Import(file.FileName, file.Content, file.Kind, file.Id, staff);
        }
        catch (CorpusFormatException ex)
        {
            throw new LibraryException($"无法读取 {file.FileName}：{ex.Message}");
        }

        markdown = FrontMatterEditor.SetList(markdown, "basis", file.Basis.Count > 0 ? file.Basis : metadata.Basis);
        markdown = FrontMatterEditor.SetList(markdown, "topics", file.Topics.Count > 0 ? file.Topics : metadata.Topics);
        markdown = FrontMatterEditor.SetList(markdown, "audience", file.Audience.Count > 0 ? file.Audience : metadata.Audience);
        markdown = FrontMatterEditor.Set(markdown, "claim", file.Claim ?? metadata.Claim);
        markdown = FrontMatterEditor.Set(markdown, "verdict", file.Verdict ?? metadata.Verdict);
        var path = $"kepu/{metadata.Kind}/{metadata.Id}.md";
        return await CommitAsync(path, markdown, isNew: true, "import", metadata.Id, actor, before: null, VettingStatus.Draft, reason: null, dependents: [], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds a curated FAQ entry as a draft.</summary>
    /// <exception cref="LibraryException">The question or answer is empty, or the cited document or section does not exist.</exception>
    public async Task<LibraryChange> AddFaqAsync(FaqDraft draft, LibraryActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var staff = RequireStaff(actor);
        if (string.IsNullOrWhiteSpace(draft.Question) || string.IsNullOrWhiteSpace(draft.Answer))
        {
            throw new LibraryException("问题和答案都不能为空。");
        }

        var folder = Path.Combine(paths.Corpus, "faq", draft.DocId);
        var id = draft.Id ?? NextFaqId(folder, draft.DocId);
        var metadata = new DocumentMetadata
        {
            Id = id,
            Title = draft.Question.Trim(),
            Kind = DocumentKinds.Faq,
            Question = draft.Question.Trim(),
            Questions = draft.Questions,
            SourceDocId = draft.DocId,
            SourceSection = draft.Section,
            Audience = draft.Audience,
            Author = staff,
            Status = VettingStatus.Draft,
        };
        return await CommitAsync($"faq/{draft.DocId}/{id}.md", MarkdownWriter.Write(metadata, draft.Answer), isNew: true, "faq-add", id, actor, before: null, VettingStatus.Draft, reason: null, dependents: [], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Approves a draft or starter item (or re-approves after review): it becomes citable until
    /// <paramref name="reviewBy"/>, with <paramref name="actor"/> as its reviewer.
    /// </summary>
    /// <exception cref="LibraryException">No such article, the reviewer is its author, or its vetting record is incomplete.</exception>
    public async Task<LibraryChange> ApproveAsync(string id, LibraryActor actor, DateOnly? reviewBy, CancellationToken cancellationToken)
    {
        var staff = RequireStaff(actor);
        var document = await FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (string.Equals(document.Metadata.Author?.Trim(), staff, StringComparison.OrdinalIgnoreCase))
        {
            throw new LibraryException($"{id} 的作者是 {staff}，须由另一位审核人审核。", LibraryRefusal.Conflict);
        }

        var today = Today;
        var due = reviewBy ?? today.AddDays((int)options.Value.ReviewPeriod.TotalDays);
        if (due <= today)
        {
            throw new LibraryException($"复审日期 {Format(due)} 必须晚于今天。");
        }

        var text = await ReadAsync(document, cancellationToken).ConfigureAwait(false);
        text = FrontMatterEditor.Set(text, "status", "vetted");
        text = FrontMatterEditor.Set(text, "reviewer", staff);
        text = FrontMatterEditor.Set(text, "reviewed", Format(today));
        text = FrontMatterEditor.Set(text, "review_by", Format(due));
        text = FrontMatterEditor.Set(text, "retired", null);
        text = FrontMatterEditor.Set(text, "retired_reason", null);
        return await CommitAsync(document.SourcePath, text, isNew: false, "approve", id, actor, document.Metadata.Status, VettingStatus.Vetted, reason: null, dependents: [], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Retires an article or FAQ entry: it is never cited again (the file stays, for the record).</summary>
    /// <exception cref="LibraryException">No such article.</exception>
    public async Task<LibraryChange> RetireAsync(string id, LibraryActor actor, string? reason, CancellationToken cancellationToken)
    {
        RequireStaff(actor);
        var document = await FindAsync(id, cancellationToken).ConfigureAwait(false);
        var text = await ReadAsync(document, cancellationToken).ConfigureAwait(false);
        text = FrontMatterEditor.Set(text, "status", "retired");
        text = FrontMatterEditor.Set(text, "retired", Format(Today));
        text = FrontMatterEditor.Set(text, "retired_reason", string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        var corpus = await loader.LoadAsync(paths.Corpus, cancellationToken).ConfigureAwait(false);
        var dependents = corpus.Documents
            .Where(d => d.Metadata.Kind == DocumentKinds.Faq && d.Metadata.SourceDocId == id && d.Metadata.Status is VettingStatus.Vetted or VettingStatus.Starter)
            .Select(d => d.Id)
            .ToList();
        return await CommitAsync(document.SourcePath, text, isNew: false, "retire", id, actor, document.Metadata.Status, VettingStatus.Retired, reason, dependents, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The audit records of one article, or of all.</summary>
    public Task<IReadOnlyList<LibraryAuditRecord>> HistoryAsync(string? id, CancellationToken cancellationToken) => audit.ReadAsync(id, cancellationToken);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    // Validate the file as it will be, write it, record who did it, then bring the index up to date. The audit
    // record is written before the index sync: a sync that fails leaves a recorded change the next sync picks up.
    private async Task<LibraryChange> CommitAsync(string path, string text, bool isNew, string action, string id, LibraryActor actor, VettingStatus? before, VettingStatus after, string? reason, IReadOnlyList<string> dependents, CancellationToken cancellationToken)
    {
        var full = Path.Combine(paths.Corpus, path);
        if (isNew && File.Exists(full))
        {
            throw new LibraryException($"{path} 已存在，请换一个编号。", LibraryRefusal.Conflict);
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var report = await validator.ValidateAsync(paths.Corpus, new Dictionary<string, byte[]> { [path] = bytes }, cancellationToken).ConfigureAwait(false);
        var errors = report.For(path).Where(i => i.Severity == IssueSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new LibraryException($"{path} 未通过检查：{string.Join("；", errors.Select(e => $"{e.Field}：{e.Reason}"))}", errors);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Write beside the target under a hidden name (the loader skips it) and rename over it: never half a file.
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllBytesAsync(temp, bytes, cancellationToken).ConfigureAwait(false);
        File.Move(temp, full, overwrite: true);
        var status = after.ToString().ToLowerInvariant();
        await audit.RecordAsync(new LibraryAuditRecord(clock.GetUtcNow(), actor.Name.Trim(), action, id, path, before?.ToString().ToLowerInvariant(), status, reason, actor.Asserted), cancellationToken).ConfigureAwait(false);
        var (sync, _) = await knowledge.SyncAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return new LibraryChange(id, path, before, after, sync.Version, dependents);
    }

    private async Task<KnowledgeDocument> FindAsync(string id, CancellationToken cancellationToken)
    {
        var corpus = await loader.LoadAsync(paths.Corpus, cancellationToken).ConfigureAwait(false);
        var document = corpus.Documents.FirstOrDefault(d => d.Id == id)
            ?? throw new LibraryException($"没有编号为 {id} 的文章（若文件有格式错误，请先运行 corpus check）。", LibraryRefusal.NotFound);
        if (!DocumentKinds.IsLibraryKind(document.Metadata.Kind))
        {
            throw new LibraryException($"{id} 是政策文件，不走审核流程。", LibraryRefusal.Conflict);
        }

        return Path.GetExtension(document.SourcePath).Equals(".md", StringComparison.OrdinalIgnoreCase)
            ? document
            : throw new LibraryException($"{document.SourcePath} 不是 Markdown 文件；请先用 library import 导入后再审核。");
    }

    private async Task<string> ReadAsync(KnowledgeDocument document, CancellationToken cancellationToken) =>
        await File.ReadAllTextAsync(Path.Combine(paths.Corpus, document.SourcePath), cancellationToken).ConfigureAwait(false);

    private static string NextFaqId(string folder, string docId)
    {
        var prefix = $"faq-{docId}-";
        for (var n = 1; ; n++)
        {
            var id = prefix + n.ToString(CultureInfo.InvariantCulture);
            if (!File.Exists(Path.Combine(folder, id + ".md")))
            {
                return id;
            }
        }
    }

    private static string RequireStaff(LibraryActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return string.IsNullOrWhiteSpace(actor.Name)
            ? throw new LibraryException("请用 --as 说明是哪位工作人员操作。")
            : actor.Name.Trim();
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
