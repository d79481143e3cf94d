namespace KepuBot.Conversation;

/// <summary>A question the knowledge base could not answer (masked), for staff to fill the gap.</summary>
public sealed record UnansweredQuestion(string Id, string Question, string Channel, DateTimeOffset At);
