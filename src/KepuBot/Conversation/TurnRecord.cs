namespace KepuBot.Conversation;

/// <summary>One stored turn; texts are masked of personal data before they get here.</summary>
public sealed record TurnRecord(
    string ConversationId,
    string Channel,
    string UserHash,
    string Question,
    string ResolvedQuestion,
    string Answer,
    Intent Intent,
    bool Grounded,
    string CitationsJson,
    bool Rumor,
    bool Fraud,
    DateTimeOffset At);
