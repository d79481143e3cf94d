using KepuBot.Channels.Traffic;
using KepuBot.Conversation;

namespace KepuBot.Channels.Web;

/// <summary>The JSON API: <c>POST /api/ask</c> and <c>POST /api/feedback</c>.</summary>
public static class AskApi
{
    private const int MaxIdLength = 100;
    private const int MaxCommentLength = 1000;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapAskApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/ask", AskAsync).WithName("Ask").WithSummary("Ask a question; the answer is cited to the section")
            .RequireCors(ChannelTraffic.CorsPolicy).RequireRateLimiting(ChannelTraffic.AskPolicy)
            .WithBodyLimit(limits => limits.AskBytes);
        endpoints.MapPost("/api/feedback", FeedbackAsync).WithName("Feedback").WithSummary("Thumbs up or down on an answer")
            .RequireCors(ChannelTraffic.CorsPolicy).RequireRateLimiting(ChannelTraffic.AskPolicy)
            .WithBodyLimit(limits => limits.AskBytes);
        return endpoints;
    }

    private static async Task<IResult> AskAsync(AskRequest? body, ITurnPipeline pipeline, KepuKnowledge.KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return BadRequest("请求体不能为空，应为 JSON：{\"question\": \"…\"}。");
        }

        if (!TryParseStyle(body.Style, out var style))
        {
            return BadRequest("style 只能是 standard 或 elderly。");
        }

        if (body.ConversationId is { Length: > MaxIdLength } || body.UserId is { Length: > MaxIdLength })
        {
            return BadRequest($"conversationId 和 userId 不能超过{MaxIdLength}个字符。");
        }

        if (!knowledge.IsReady)
        {
            return Results.Problem("知识库正在建立索引，请稍后再试。", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var conversationId = string.IsNullOrWhiteSpace(body.ConversationId) ? "api:" + Guid.NewGuid().ToString("N") : body.ConversationId;
        try
        {
            var answer = await pipeline.HandleAsync(new TurnRequest("api", body.UserId ?? "anonymous", conversationId, body.Question ?? string.Empty, style), cancellationToken);
            return Results.Ok(answer);
        }
        catch (InvalidTurnException ex)
        {
            return BadRequest(ex.Message);
        }
    }

    private static async Task<IResult> FeedbackAsync(FeedbackRequest? body, IConversationStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.TurnId) || body.Helpful is null)
        {
            return BadRequest("需要 turnId 和 helpful（true 或 false）。");
        }

        if (body.Comment is { Length: > MaxCommentLength })
        {
            return BadRequest($"意见不能超过{MaxCommentLength}字。");
        }

        return await store.RecordFeedbackAsync(body.TurnId, body.Helpful.Value, body.Comment, clock.GetUtcNow(), cancellationToken)
            ? Results.NoContent()
            : Results.Problem("找不到这条回答。", statusCode: StatusCodes.Status404NotFound);
    }

    private static bool TryParseStyle(string? value, out AnswerStyle style)
    {
        style = AnswerStyle.Standard;
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "standard":
                return true;
            case "elderly":
                style = AnswerStyle.Elderly;
                return true;
            default:
                return false;
        }
    }

    private static IResult BadRequest(string reason) => Results.Problem(reason, statusCode: StatusCodes.Status400BadRequest);
}
