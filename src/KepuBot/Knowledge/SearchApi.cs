using KepuKnowledge;
using KepuKnowledge.Retrieval;

namespace KepuBot.Knowledge;

/// <summary><c>GET /api/search</c>: passage search over the knowledge base, cited to the section.</summary>
public static class SearchApi
{
    private const int MaxQueryLength = 500;
    private const int MaxTop = 50;

    /// <summary>Maps the search endpoint.</summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", (string? q, int? top, string? kind, KnowledgeBase knowledge) =>
        {
            if (string.IsNullOrWhiteSpace(q))
            {
                return Results.Problem("请提供查询内容（参数 q）。", statusCode: StatusCodes.Status400BadRequest);
            }

            if (q.Length > MaxQueryLength)
            {
                return Results.Problem($"查询内容过长，请控制在{MaxQueryLength}字以内。", statusCode: StatusCodes.Status400BadRequest);
            }

            if (top is < 1 or > MaxTop)
            {
                return Results.Problem($"top 须在 1 到 {MaxTop} 之间。", statusCode: StatusCodes.Status400BadRequest);
            }

            if (!knowledge.IsReady)
            {
                return Results.Problem("知识库正在建立索引，请稍后再试。", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var result = knowledge.Search(new SearchRequest { Query = q, Top = top ?? 5, Kinds = kind is null ? null : [kind] });
            return Results.Ok(SearchHitsView.From(result));
        })
        .WithName("Search")
        .WithSummary("Search passages of the knowledge base");
        return endpoints;
    }
}
