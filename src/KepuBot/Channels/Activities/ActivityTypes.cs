namespace KepuBot.Channels.Activities;

/// <summary>The activity types and delivery modes the service knows; it acts on messages and conversation updates.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Invoke = "invoke";
    public const string ExpectReplies = "expectReplies";

    /// <summary>Every type the Activity schema defines (PROTOCOLS.md 1.2); receivers ignore the ones they do not handle.</summary>
    public static IReadOnlySet<string> Defined { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Message, ConversationUpdate, Typing, Invoke, "endOfConversation", "event", "messageUpdate", "messageDelete",
        "messageReaction", "installationUpdate", "contactRelationUpdate", "deleteUserData", "suggestion", "trace", "handoff",
        "command", "commandResult",
    };
}
