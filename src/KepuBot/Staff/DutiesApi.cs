using KepuKnowledge;
using KepuKnowledge.Duties;

namespace KepuBot.Staff;

/// <summary><c>GET /api/duties?unit=…[&amp;doc=…][&amp;format=json|md|csv|docx]</c>: a unit's checklist for staff.</summary>
public static class DutiesApi
{
    private const int MaxUnitLength = 50;

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapDutiesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/duties", (string? unit, string? doc, string? format, DutyService duties, KnowledgeBase knowledge) =>
        {
            if (string.IsNullOrWhiteSpace(unit) || unit.Length > MaxUnitLength)
            {
                return Results.Problem($"请提供单位名称（参数 unit，不超过{MaxUnitLength}字）。", statusCode: StatusCodes.Status400BadRequest);
            }

            if (format is not (null or "json" or "md" or "csv" or "docx"))
            {
                return Results.Problem("format 只能是 json、md、csv 或 docx。", statusCode: StatusCodes.Status400BadRequest);
            }

            if (!knowledge.IsReady)
            {
                return Results.Problem("知识库正在建立索引，请稍后再试。", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var lookup = duties.Book.ForUnit(unit.Trim(), string.IsNullOrWhiteSpace(doc) ? null : doc);
            if (lookup.MatchedUnits.Count == 0)
            {
                return Results.NotFound(DutyView.From(lookup));
            }

            var file = string.Join("-", lookup.MatchedUnits) + "-任务清单";
            return format switch
            {
                "md" => Results.Text(DutyChecklistExporter.ToMarkdown(lookup), "text/markdown; charset=utf-8"),
                "csv" => Results.File(DutyChecklistExporter.ToCsv(lookup), "text/csv; charset=utf-8", file + ".csv"),
                "docx" => Results.File(DutyChecklistExporter.ToDocx(lookup), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file + ".docx"),
                _ => Results.Ok(DutyView.From(lookup)),
            };
        })
        .WithName("Duties")
        .WithSummary("A unit's duties from the policy lists, with frequencies and deadlines");
        return endpoints;
    }
}
