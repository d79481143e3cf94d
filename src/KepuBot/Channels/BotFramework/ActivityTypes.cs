namespace KepuBot.Channels.BotFramework;

/// <summary>The activity types and delivery modes the service acts on; any other type is accepted and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string ExpectReplies = "expectReplies";
}
