namespace KepuBot.Conversation;

/// <summary>A turn as stored: what observers of the turn receive once the answer is final.</summary>
/// <param name="Request">The message as the channel sent it.</param>
/// <param name="Text">The message as validated (trimmed), which the agent read.</param>
/// <param name="UserHash">The sender's stored identity: a hash of channel and user id, never the id itself.</param>
/// <param name="Answer">The answer the resident gets, with its turn id.</param>
/// <param name="At">When the turn was stored.</param>
public sealed record FinishedTurn(TurnRequest Request, string Text, string UserHash, AgentAnswer Answer, DateTimeOffset At);
