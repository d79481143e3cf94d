namespace KepuBot.Channels.DirectLine;

/// <summary>Who is calling: the secret holder (any conversation) or a token bound to one conversation.</summary>
/// <param name="IsSecret">The caller presented the secret.</param>
/// <param name="ConversationId">The token's conversation; null for the secret.</param>
/// <param name="UserId">The user id embedded in the token, which overrides <c>from.id</c> on posted activities.</param>
/// <param name="Token">The token presented; null for the secret.</param>
/// <param name="ExpiresAt">When the token runs out.</param>
public sealed record DirectLineCaller(bool IsSecret, string? ConversationId, string? UserId, string? Token, DateTimeOffset ExpiresAt)
{
    public bool CanAccess(string conversationId) =>
        IsSecret || string.Equals(ConversationId, conversationId, StringComparison.Ordinal);
}
