using KepuBot.Channels.Traffic;
using KepuBot.Safety;
using KepuBot.Staff.Auth;
using KepuKnowledge;
using KepuKnowledge.Corpus;
using KepuKnowledge.Indexing;
using KepuKnowledge.Ingestion;
using KepuKnowledge.Library;
using Microsoft.Extensions.Options;

namespace KepuBot.Staff.Library;

/// <summary>
/// The 知识库 tab's API under <c>/api/staff/library</c>: list and preview articles, upload a file as a draft, write a
/// curated FAQ entry (any staff member, who becomes its author), approve and retire (reviewers and admins, never
/// their own). Each change is validated, recorded in the audit log with the signed-in staff member, and live in this
/// instance's index before the response (other instances at their next refresh).
/// </summary>
public static class LibraryApi
{
    private const string FormUnreadable = "上传的表单无法读取：";

    /// <summary>Maps the endpoints on the staff group.</summary>
    public static void Map(IEndpointRouteBuilder staff)
    {
        var library = staff.MapGroup("/library").WithTags("Library");
        library.MapGet("/", ListAsync).WithName("LibraryList").WithSummary("Articles and FAQ entries, optionally in one status");
        library.MapGet("/documents", DocumentsAsync).WithName("LibraryDocuments").WithSummary("Documents an FAQ entry may cite: policies and vetted, in-date articles");
        library.MapGet("/sections", SectionsAsync).WithName("LibrarySections").WithSummary("A document's section paths, as an FAQ entry cites them");
        library.MapGet("/{id}", PreviewAsync).WithName("LibraryPreview").WithSummary("One article or FAQ entry with its file text");
        library.MapPost("/", UploadAsync).DisableAntiforgery().WithBodyLimit(limits => limits.UploadBytes)
            .WithName("LibraryUpload").WithSummary("Upload a Markdown, .docx, .pdf, .txt or .html file as a draft");
        library.MapPost("/faq", AddFaqAsync).WithName("LibraryFaq").WithSummary("Write a curated FAQ entry as a draft");
        library.MapPost("/{id}/approve", ApproveAsync).RequireAuthorization(StaffRoles.ReviewerPolicy)
            .WithName("LibraryApprove").WithSummary("Approve (reviewers and admins, not the author): the article becomes citable");
        library.MapPost("/{id}/retire", RetireAsync).RequireAuthorization(StaffRoles.ReviewerPolicy)
            .WithName("LibraryRetire").WithSummary("Retire (reviewers and admins): the article is never cited again");
    }

    private static async Task<IResult> ListAsync(string? status, LibraryWorkflow library, CancellationToken cancellationToken)
    {
        if (!TryStatus(status, out var filter))
        {
            return Problem("status 只能是 draft、vetted、retired 或 starter。", StatusCodes.Status400BadRequest);
        }

        return Results.Ok(new { entries = (await library.ListAsync(filter, cancellationToken)).Select(LibraryEntryView.From) });
    }

    private static async Task<IResult> DocumentsAsync(CorpusLoader loader, KnowledgePaths paths, IOptions<LibraryOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var corpus = await loader.LoadAsync(paths.Corpus, cancellationToken);
        var documents = corpus.Documents
            .Where(d => d.Metadata.Kind != DocumentKinds.Faq && d.Metadata.IsCitable(today, options.Value.CiteUnreviewedStarter))
            .OrderBy(d => d.Metadata.Kind != DocumentKinds.Policy)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new { id = d.Id, title = d.Metadata.Title, kind = d.Metadata.Kind });
        return Results.Ok(new { documents });
    }

    private static async Task<IResult> SectionsAsync(string? doc, CorpusLoader loader, KnowledgePaths paths, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(doc))
        {
            return Problem("请提供文档编号（参数 doc）。", StatusCodes.Status400BadRequest);
        }

        var corpus = await loader.LoadAsync(paths.Corpus, cancellationToken);
        var document = corpus.Documents.FirstOrDefault(d => d.Id == doc.Trim());
        return document is null
            ? Problem($"没有编号为 {doc} 的文档。", StatusCodes.Status404NotFound)
            : Results.Ok(new { doc = document.Id, title = document.Metadata.Title, sections = PassageDocuments.PassagesOf(document).Select(p => p.Section).Distinct(StringComparer.Ordinal) });
    }

    private static async Task<IResult> PreviewAsync(string id, LibraryWorkflow library, KnowledgePaths paths, CancellationToken cancellationToken)
    {
        var entry = (await library.ListAsync(null, cancellationToken)).FirstOrDefault(e => e.Id == id);
        if (entry is null)
        {
            return Problem($"没有编号为 {id} 的文章。", StatusCodes.Status404NotFound);
        }

        return Results.Ok(new { entry = LibraryEntryView.From(entry), text = await File.ReadAllTextAsync(Path.Combine(paths.Corpus, entry.Path), cancellationToken) });
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, LibraryWorkflow library, IOptions<RequestLimitOptions> limits, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problem("请以 multipart/form-data 上传文件（字段 file、kind）。", StatusCodes.Status400BadRequest);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(limits.Value.Form(request.HttpContext.BodyLimit()), cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException && ex is not BadHttpRequestException)
        {
            // A missing, wrong or cut-off boundary, or a form over the field limits: the framework's message names which.
            return Problem(FormUnreadable + ex.Message, StatusCodes.Status400BadRequest);
        }

        // The form reader holds url-encoded fields to the length limit, but not the fields of a multipart body.
        if (form.FirstOrDefault(f => f.Value.Any(v => v?.Length > limits.Value.FormFieldLength)) is { Key: { } tooLong })
        {
            return Problem($"{FormUnreadable}字段 {Shown(tooLong)} 超过 {limits.Value.FormFieldLength} 个字符。", StatusCodes.Status400BadRequest);
        }

        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return Problem("没有收到文件（字段 file）。", StatusCodes.Status400BadRequest);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var upload = new LibraryImport(Path.GetFileName(file.FileName), buffer.ToArray(), form["kind"].ToString().Trim())
        {
            Id = Blank(form["id"].ToString()),
            Basis = List(form["basis"]),
            Topics = List(form["topics"]),
            Audience = List(form["audience"]),
            Claim = Blank(form["claim"].ToString()),
            Verdict = Blank(form["verdict"].ToString()),
        };
        return await ChangeAsync(request.HttpContext, member => library.ImportAsync(upload, SignedIn(member), cancellationToken), StatusCodes.Status201Created);
    }

    private static Task<IResult> AddFaqAsync(FaqRequest body, HttpContext http, LibraryWorkflow library, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Question) || string.IsNullOrWhiteSpace(body.Answer) || string.IsNullOrWhiteSpace(body.Doc) || string.IsNullOrWhiteSpace(body.Section))
        {
            return Task.FromResult(Problem("question、answer、doc、section 都不能为空。", StatusCodes.Status400BadRequest));
        }

        // Questions come from residents' messages; personal numbers never reach the corpus.
        var draft = new FaqDraft(PersonalDataMasker.Mask(body.Question.Trim()), body.Answer.Trim(), body.Doc.Trim(), body.Section.Trim())
        {
            Questions = (body.Questions ?? []).Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => PersonalDataMasker.Mask(q.Trim())).ToList(),
        };
        return ChangeAsync(http, member => library.AddFaqAsync(draft, SignedIn(member), cancellationToken), StatusCodes.Status201Created);
    }

    private static Task<IResult> ApproveAsync(string id, ApproveRequest? body, HttpContext http, LibraryWorkflow library, CancellationToken cancellationToken) =>
        ChangeAsync(http, member => library.ApproveAsync(id, SignedIn(member), body?.ReviewBy, cancellationToken), StatusCodes.Status200OK);

    private static Task<IResult> RetireAsync(string id, RetireRequest? body, HttpContext http, LibraryWorkflow library, CancellationToken cancellationToken) =>
        ChangeAsync(http, member => library.RetireAsync(id, SignedIn(member), body?.Reason is string reason ? PersonalDataMasker.Mask(reason) : null, cancellationToken), StatusCodes.Status200OK);

    // The account behind the bearer token: the only name an upload or approval can carry.
    private static LibraryActor SignedIn(StaffMember member) => new(member.Name, Asserted: false);

    private static async Task<IResult> ChangeAsync(HttpContext http, Func<StaffMember, Task<LibraryChange>> change, int status)
    {
        try
        {
            var result = await change(StaffMember.From(http.User));
            return Results.Json(LibraryChangeView.From(result), statusCode: status);
        }
        catch (LibraryException ex)
        {
            var code = ex.Refusal switch
            {
                LibraryRefusal.NotFound => StatusCodes.Status404NotFound,
                LibraryRefusal.Conflict => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            };
            return Results.Problem(ex.Message, statusCode: code, extensions: new Dictionary<string, object?> { ["issues"] = ex.Issues });
        }
    }

    private static IResult Problem(string detail, int status) => Results.Problem(detail, statusCode: status);

    private static bool TryStatus(string? text, out VettingStatus? status)
    {
        status = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (text.Trim() is "draft" or "vetted" or "retired" or "starter" && Enum.TryParse<VettingStatus>(text.Trim(), ignoreCase: true, out var parsed))
        {
            status = parsed;
            return true;
        }

        return false;
    }

    private static string Shown(string name) => name.Length > 40 ? name[..40] + "…" : name;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // Lists arrive as repeated form fields or one comma-separated field (基本 and 中文 commas alike).
    private static string[] List(Microsoft.Extensions.Primitives.StringValues values) =>
        values.SelectMany(v => (v ?? string.Empty).Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
}
