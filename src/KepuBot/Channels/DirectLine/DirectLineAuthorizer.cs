namespace KepuBot.Channels.DirectLine;

/// <summary>Reads <c>Authorization: Bearer &lt;secret|token&gt;</c> and decides whether the caller may go on.</summary>
public sealed class DirectLineAuthorizer(DirectLineTokens tokens)
{
    /// <summary>
    /// The caller, when the header holds the secret (if <paramref name="allowSecret"/>) or a valid conversation token
    /// for <paramref name="conversationId"/> (any conversation when null).
    /// </summary>
    public async Task<DirectLineAuth> AuthorizeAsync(HttpRequest request, string? conversationId, bool allowSecret = true)
    {
        string? header = request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return DirectLineAuth.Unauthorized("Authorization: Bearer <secret or token> required");
        }

        var presented = header[7..].Trim();
        if (tokens.IsSecret(presented))
        {
            return allowSecret
                ? DirectLineAuth.Ok(new DirectLineCaller(true, null, null, null, DateTimeOffset.MaxValue))
                : DirectLineAuth.Forbidden("BadArgument", "this call needs a token, not the secret");
        }

        var auth = await tokens.CheckAsync(presented, DirectLineTokens.ConversationScope);
        if (auth.Caller is { } caller && conversationId is not null && !caller.CanAccess(conversationId))
        {
            return DirectLineAuth.Forbidden("BadArgument", "token is for another conversation");
        }

        return auth;
    }
}
