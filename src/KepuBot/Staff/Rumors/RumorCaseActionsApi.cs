using KepuBot.Rumors;
using KepuBot.Staff.Audit;
using KepuBot.Staff.Auth;
using KepuKnowledge;

namespace KepuBot.Staff.Rumors;

/// <summary>
/// Working a case: assign, change topic, resolve (optionally publishing in the same step) and publish. Each change
/// commits together with its audit entry (who, when, before, after).
/// </summary>
public static class RumorCaseActionsApi
{
    private const int MaxWriteUp = 4000;
    private const int MaxBasisItems = 10;
    private const int MaxBasisLength = 60;
    private const int MaxTitle = 60;
    private const int MaxTopic = 20;

    /// <summary>The audit target naming a case.</summary>
    public static string AuditTarget(string caseId) => "rumor-case:" + caseId;

    /// <summary>Maps the endpoints on the queue group.</summary>
    public static void Map(IEndpointRouteBuilder rumors)
    {
        rumors.MapPost("/{id}/assign", AssignAsync).WithName("RumorAssign").WithSummary("Assign the case to a staff member (empty to unassign)");
        rumors.MapPost("/{id}/topic", TopicAsync).WithName("RumorTopic").WithSummary("Change the case's topic");
        rumors.MapPost("/{id}/resolve", ResolveAsync).WithName("RumorResolve").WithSummary("Resolve as 谣言 / 属实 / 部分属实 / 无法核实 with a write-up; publish: true also publishes it");
        rumors.MapPost("/{id}/publish", PublishAsync).WithName("RumorPublish").WithSummary("Publish the resolved case as a debunk into the library and the live index: vetted when a reviewer other than its author publishes it, else a draft for review");
    }

    private static async Task<IResult> AssignAsync(string id, AssignRequest? body, HttpContext http, StaffDirectory directory, IRumorQueueStore store, StaffAudit audit, CancellationToken cancellationToken)
    {
        var member = StaffMember.From(http.User);
        StaffMember? assignee = null;
        if (!string.IsNullOrWhiteSpace(body?.Assignee) && (assignee = directory.Find(body.Assignee)) is null)
        {
            return RumorQueueApi.BadRequest("没有这个工作人员账号。");
        }

        var after = await store.UpdateAsync(
            id,
            c =>
            {
                var status = c.Status == RumorCaseStatus.Resolved ? c.Status : assignee is null ? RumorCaseStatus.Open : RumorCaseStatus.Assigned;
                return c.Assignee == assignee?.Name ? null : new RumorCaseChange(
                    c with { Assignee = assignee?.Name, Status = status },
                    audit.Entry(member, "rumor.assign", AuditTarget(id), new { assignee = c.Assignee, status = c.Status }, new { assignee = assignee?.Name, status }));
            },
            cancellationToken);
        return after is null ? RumorQueueApi.NotFound() : Results.Ok(after);
    }

    private static async Task<IResult> TopicAsync(string id, TopicRequest? body, HttpContext http, IRumorQueueStore store, StaffAudit audit, CancellationToken cancellationToken)
    {
        var topic = body?.Topic?.Trim();
        if (string.IsNullOrEmpty(topic) || topic.Length > MaxTopic)
        {
            return RumorQueueApi.BadRequest($"话题不能为空，且不超过{MaxTopic}字。");
        }

        var member = StaffMember.From(http.User);
        var after = await store.UpdateAsync(
            id,
            c => c.Topic == topic ? null : new RumorCaseChange(c with { Topic = topic }, audit.Entry(member, "rumor.topic", AuditTarget(id), new { topic = c.Topic }, new { topic })),
            cancellationToken);
        return after is null ? RumorQueueApi.NotFound() : Results.Ok(after);
    }

    private static async Task<IResult> ResolveAsync(
        string id, ResolveRequest? body, HttpContext http, IRumorQueueStore store, StaffAudit audit, DebunkPublisher publisher, KnowledgeBase knowledge, TimeProvider clock, CancellationToken cancellationToken)
    {
        var basis = body?.Basis?.Select(b => b?.Trim() ?? string.Empty).Where(b => b.Length > 0).Distinct().ToList() ?? [];
        if (Invalid(body, basis) is { } reason)
        {
            return RumorQueueApi.BadRequest(reason);
        }

        var member = StaffMember.From(http.User);
        var at = clock.GetUtcNow();
        var after = await store.UpdateAsync(
            id,
            c => new RumorCaseChange(
                c with { Status = RumorCaseStatus.Resolved, Verdict = body!.Verdict, WriteUp = body.WriteUp!.Trim(), Basis = basis, ResolvedBy = member.Name, ResolvedAt = at },
                audit.Entry(member, "rumor.resolve", AuditTarget(id), new { status = c.Status, verdict = c.Verdict }, new { status = RumorCaseStatus.Resolved, verdict = body.Verdict, basis })),
            cancellationToken);
        if (after is null)
        {
            return RumorQueueApi.NotFound();
        }

        return body!.Publish
            ? await PublishCaseAsync(after, member, body.Title, store, audit, publisher, knowledge, clock, cancellationToken)
            : Results.Ok(new { @case = after, published = (PublishedDebunk?)null });
    }

    private static async Task<IResult> PublishAsync(
        string id, PublishRequest? body, HttpContext http, IRumorQueueStore store, StaffAudit audit, DebunkPublisher publisher, KnowledgeBase knowledge, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (body?.Title is { Length: > MaxTitle })
        {
            return RumorQueueApi.BadRequest($"标题不超过{MaxTitle}字。");
        }

        var @case = await store.GetAsync(id, clock.GetUtcNow(), cancellationToken);
        return @case is null
            ? RumorQueueApi.NotFound()
            : await PublishCaseAsync(@case, StaffMember.From(http.User), body?.Title, store, audit, publisher, knowledge, clock, cancellationToken);
    }

    private static async Task<IResult> PublishCaseAsync(
        RumorCase @case, StaffMember member, string? title, IRumorQueueStore store, StaffAudit audit, DebunkPublisher publisher, KnowledgeBase knowledge, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (@case.Status != RumorCaseStatus.Resolved || @case.Verdict is null or RumorVerdicts.Unverifiable || @case.Basis.Count == 0)
        {
            return Results.Problem("只有已核实（结论为谣言、属实或部分属实）并注明依据的线索才能发布为辟谣文章。", statusCode: StatusCodes.Status409Conflict);
        }

        if (!knowledge.IsReady)
        {
            return Results.Problem("知识库正在建立索引，请稍后再发布。", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var published = await publisher.PublishAsync(@case, member, title, cancellationToken);
        var at = clock.GetUtcNow();
        var after = await store.UpdateAsync(
            @case.Id,
            c => new RumorCaseChange(
                c with { PublishedDocId = published.DocId, PublishedAt = at, DebunkId = published.DocId },
                audit.Entry(member, "rumor.publish", AuditTarget(c.Id), new { publishedDocId = c.PublishedDocId }, new { publishedDocId = published.DocId, published.File, published.IndexVersion, published.Status })),
            cancellationToken);
        return Results.Ok(new { @case = after, published });
    }

    private static string? Invalid(ResolveRequest? body, List<string> basis)
    {
        if (body is null || body.Verdict is null || !RumorVerdicts.All.Contains(body.Verdict))
        {
            return $"verdict 只能是{string.Join("、", RumorVerdicts.All)}之一。";
        }

        if (string.IsNullOrWhiteSpace(body.WriteUp) || body.WriteUp.Length > MaxWriteUp)
        {
            return $"请填写核查说明（不超过{MaxWriteUp}字）。";
        }

        if (basis.Count > MaxBasisItems || basis.Any(b => b.Length > MaxBasisLength))
        {
            return $"依据最多{MaxBasisItems}条，每条不超过{MaxBasisLength}字。";
        }

        if (body.Title is { Length: > MaxTitle })
        {
            return $"标题不超过{MaxTitle}字。";
        }

        return body.Publish && (body.Verdict == RumorVerdicts.Unverifiable || basis.Count == 0)
            ? "发布为辟谣文章需要明确结论（谣言、属实或部分属实）和至少一条权威依据。"
            : null;
    }
}
