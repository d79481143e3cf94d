using System.Text.Json.Serialization;

namespace KepuBot.Channels.DirectLine;

/// <summary>
/// Direct Line's <c>Conversation</c> object (start, reconnect, token calls). <c>expires_in</c> is snake_case on the
/// wire, unlike everything else.
/// </summary>
public sealed record DirectLineConversation(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null)
{
    /// <summary>Set by <c>/api/directline/token</c> so the page can show the user as themselves.</summary>
    public string? UserId { get; init; }
}
