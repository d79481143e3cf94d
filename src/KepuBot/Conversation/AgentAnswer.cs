namespace KepuBot.Conversation;

/// <summary>
/// The answer contract every channel renders:
/// <c>{ "answer", "intent", "grounded", "citations": [ { "docId", "title", "section", "quote" } ], "flags": { "rumor", "fraud" }, "escalationId" }</c>.
/// </summary>
public sealed record AgentAnswer
{
    /// <summary>The answer text in plain Simplified Chinese (core answer first, no source list).</summary>
    public required string Answer { get; init; }

    /// <summary>What the message asked for, as answered.</summary>
    public required Intent Intent { get; init; }

    /// <summary>False only for refusals, greetings, hand-offs, emergencies and holding answers, which carry no citations.</summary>
    public required bool Grounded { get; init; }

    /// <summary>The passages the answer rests on.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Rumor and fraud flags.</summary>
    public AnswerFlags Flags { get; init; } = new();

    /// <summary>Set when the conversation was marked for staff follow-up.</summary>
    public string? EscalationId { get; init; }

    /// <summary>The stored turn's id, for feedback.</summary>
    public string? TurnId { get; init; }

    /// <summary>The conversation this turn belongs to (echoed or created).</summary>
    public string? ConversationId { get; init; }

    /// <summary>Follow-up questions a channel may offer as buttons.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];
}
