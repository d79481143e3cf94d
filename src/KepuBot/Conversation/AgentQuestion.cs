namespace KepuBot.Conversation;

/// <summary>A question as the agent sees it.</summary>
/// <param name="Text">The message as the user wrote it.</param>
/// <param name="Resolved">The message with a follow-up's context filled in from earlier turns (same as Text otherwise).</param>
/// <param name="Style">Answer style.</param>
public sealed record AgentQuestion(string Text, string Resolved, AnswerStyle Style);
