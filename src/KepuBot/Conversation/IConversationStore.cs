namespace KepuBot.Conversation;

/// <summary>Conversations, feedback, the unanswered-questions log and escalations.</summary>
public interface IConversationStore
{
    /// <summary>The resolved question of the conversation's latest turn, for follow-ups.</summary>
    Task<string?> LastResolvedQuestionAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Stores a turn (and, when it was not answered, an unanswered-log entry); returns the turn id.</summary>
    Task<string> RecordTurnAsync(TurnRecord turn, CancellationToken cancellationToken);

    /// <summary>Stores thumbs-up/down feedback on a turn, the comment with personal data masked; false when the turn does not exist.</summary>
    Task<bool> RecordFeedbackAsync(string turnId, bool helpful, string? comment, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Marks a conversation for staff follow-up; returns the escalation id.</summary>
    Task<string> EscalateAsync(string conversationId, string channel, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The most recent unanswered questions, newest first.</summary>
    Task<IReadOnlyList<UnansweredQuestion>> UnansweredAsync(int limit, CancellationToken cancellationToken);
}
