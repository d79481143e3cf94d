using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using KepuBot.Channels.Activities;

namespace KepuBot.Channels.DirectLine;

/// <summary><c>tokens/generate</c>, <c>tokens/refresh</c> and the service's own <c>/api/directline/token</c>.</summary>
public sealed class DirectLineTokensApi(DirectLineTokens tokens, DirectLineAuthorizer authorizer)
{
    private const int MaxUserIdLength = 64;

    /// <summary>Server-to-server: the secret buys a token for a new conversation, optionally for a given user.</summary>
    public async Task<IResult> GenerateAsync(HttpContext context)
    {
        var auth = await authorizer.AuthorizeAsync(context.Request, null);
        if (auth.Caller is not { IsSecret: true })
        {
            return auth.Caller is null ? auth.ToResult() : DirectLineErrors.Result(StatusCodes.Status403Forbidden, "BadArgument", "tokens/generate needs the secret");
        }

        var (userId, refusal) = await ReadUserIdAsync(context);
        if (refusal is not null)
        {
            return refusal;
        }

        return Issue(NewConversationId(), userId);
    }

    /// <summary>A still-valid token buys a fresh one for the same conversation and user.</summary>
    public async Task<IResult> RefreshAsync(HttpContext context)
    {
        var auth = await authorizer.AuthorizeAsync(context.Request, null, allowSecret: false);
        return auth.Caller is { ConversationId: { } conversationId } caller ? Issue(conversationId, caller.UserId) : auth.ToResult();
    }

    /// <summary>
    /// For the service's own chat page: a token for a new conversation and a new anonymous user, so the page never
    /// holds the secret. The <c>dl_</c> user id is embedded in the token, so nobody can post as someone else.
    /// </summary>
    public IResult PageToken(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        var userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        return Results.Json(Conversation(NewConversationId(), userId) with { UserId = userId }, ActivityJson.Options);
    }

    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    private IResult Issue(string conversationId, string? userId) => Results.Json(Conversation(conversationId, userId), ActivityJson.Options);

    private DirectLineConversation Conversation(string conversationId, string? userId) =>
        new(conversationId, tokens.Issue(conversationId, userId), tokens.LifetimeSeconds);

    /// <summary>The optional <c>{"user":{"id":…}}</c> body; absent or empty means no embedded user.</summary>
    private static async Task<(string? UserId, IResult? Refusal)> ReadUserIdAsync(HttpContext context)
    {
        if (context.Request.ContentLength == 0 || (context.Request.ContentLength is null && context.Request.ContentType is null))
        {
            return (null, null);
        }

        if (!context.Request.HasJsonContentType())
        {
            return (null, DirectLineErrors.Result(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "the body must be JSON"));
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            if (body.RootElement.ValueKind != JsonValueKind.Object
                || !body.RootElement.TryGetProperty("user", out var user) || user.ValueKind != JsonValueKind.Object
                || !user.TryGetProperty("id", out var id))
            {
                return (null, null);
            }

            var value = id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            return value is { Length: > 0 and <= MaxUserIdLength } && !value.Any(char.IsControl)
                ? (value, null)
                : (null, DirectLineErrors.BadArgument($"user.id must be 1 to {MaxUserIdLength} characters"));
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadArgument("malformed JSON body"));
        }
    }
}
