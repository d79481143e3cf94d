namespace KepuBot.Channels.Web;

/// <summary>Body of <c>POST /api/ask</c>.</summary>
/// <param name="Question">The question.</param>
/// <param name="ConversationId">Conversation to continue; a new one is started when absent.</param>
/// <param name="UserId">The caller's user id, if any.</param>
/// <param name="Style">"standard" (default) or "elderly".</param>
public sealed record AskRequest(string? Question, string? ConversationId, string? UserId, string? Style);
