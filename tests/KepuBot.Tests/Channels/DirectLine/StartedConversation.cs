namespace KepuBot.Tests.Channels.DirectLine;

/// <summary>What the client holds after starting a conversation.</summary>
public sealed record StartedConversation(string ConversationId, string Token, string StreamUrl)
{
    public string Activities => $"{DirectLineFixture.Base}/conversations/{ConversationId}/activities";
}
