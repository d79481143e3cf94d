using KepuBot.Conversation;

namespace KepuBot.Staff;

/// <summary><c>GET /api/staff/unanswered?limit=</c>: questions the knowledge base could not answer, newest first.</summary>
public static class UnansweredApi
{
    private const int MaxLimit = 500;

    /// <summary>Maps the endpoint on the staff group.</summary>
    public static void Map(IEndpointRouteBuilder staff)
    {
        staff.MapGet("/unanswered", async (int? limit, IConversationStore store, CancellationToken cancellationToken) =>
        {
            if (limit is < 1 or > MaxLimit)
            {
                return Results.Problem($"limit 应在 1–{MaxLimit} 之间。", statusCode: StatusCodes.Status400BadRequest);
            }

            var questions = await store.UnansweredAsync(limit ?? 100, cancellationToken);
            return Results.Ok(new { questions });
        })
        .WithName("StaffUnanswered")
        .WithSummary("The unanswered-questions log (masked), newest first");
    }
}
