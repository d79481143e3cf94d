namespace KepuBot.Conversation;

/// <summary>One message into the turn pipeline, from any channel.</summary>
/// <param name="Channel">Channel name: api, web, cli, botframework, directline, wechat.</param>
/// <param name="UserId">The sender's id on that channel (never shown to other users).</param>
/// <param name="ConversationId">The conversation id; multi-turn context is kept per conversation.</param>
/// <param name="Text">The message text as received.</param>
/// <param name="Style">Answer style.</param>
public sealed record TurnRequest(string Channel, string UserId, string ConversationId, string Text, AnswerStyle Style = AnswerStyle.Standard);
