namespace KepuBot.Storage;

/// <summary>One stored turn; texts are masked of personal data before they get here.</summary>
public sealed record TurnRecord(
    string ConversationId,
    string Channel,
    string UserHash,
    string Question,
    string ResolvedQuestion,
    string Answer,
    string Intent,
    bool Grounded,
    string CitationsJson,
    bool Rumor,
    bool Fraud,
    DateTimeOffset At);
