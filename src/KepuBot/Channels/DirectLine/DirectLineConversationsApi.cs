using System.Globalization;
using KepuBot.Channels.Activities;
using KepuBot.Channels.Traffic;

namespace KepuBot.Channels.DirectLine;

/// <summary>
/// Direct Line conversations: start, reconnect, read activities by watermark, post an activity. Posting stores the
/// user's activity (the echo Web Chat waits for) and returns at once; the bot's answer follows on the stream.
/// </summary>
public sealed class DirectLineConversationsApi(
    DirectLineAuthorizer authorizer,
    DirectLineTokens tokens,
    IConversationLog log,
    DirectLineBot bot,
    TimeProvider clock)
{
    /// <summary>201 with a new conversation; 200 when this token's conversation had already started.</summary>
    public async Task<IResult> StartAsync(HttpContext context)
    {
        var auth = await authorizer.AuthorizeAsync(context.Request, null);
        if (auth.Caller is not { } caller)
        {
            return auth.ToResult();
        }

        var conversationId = caller.ConversationId ?? DirectLineTokensApi.NewConversationId();
        var token = caller.Token ?? tokens.Issue(conversationId, null);
        var ct = context.RequestAborted;
        var created = await log.StartAsync(conversationId, ct);
        if (created)
        {
            await bot.WelcomeAsync(conversationId, caller.UserId, null, ct);
        }

        var body = new DirectLineConversation(conversationId, token, ExpiresIn(caller), StreamUrl(context.Request, conversationId, 0));
        return Results.Json(body, ActivityJson.Options, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>Reconnect: a fresh streamUrl that replays from the watermark (only newer activities without one).</summary>
    public async Task<IResult> ReconnectAsync(HttpContext context, string conversationId, string? watermark)
    {
        var (caller, from, refusal) = await OpenAsync(context, conversationId, watermark);
        if (caller is null)
        {
            return refusal!;
        }

        from = watermark is null ? await log.CountAsync(conversationId, context.RequestAborted) : from;
        var token = caller.Token ?? tokens.Issue(conversationId, null);
        return Results.Json(new DirectLineConversation(conversationId, token, ExpiresIn(caller), StreamUrl(context.Request, conversationId, from)), ActivityJson.Options);
    }

    public async Task<IResult> GetActivitiesAsync(HttpContext context, string conversationId, string? watermark)
    {
        var (caller, from, refusal) = await OpenAsync(context, conversationId, watermark);
        return caller is null ? refusal! : Results.Json(await log.ReadAsync(conversationId, from, context.RequestAborted), ActivityJson.Options);
    }

    public async Task<IResult> PostActivityAsync(HttpContext context, string conversationId)
    {
        var (caller, _, refusal) = await OpenAsync(context, conversationId, watermark: null);
        if (caller is null)
        {
            return refusal!;
        }

        var ct = context.RequestAborted;
        var read = await ActivityReader.ReadAsync(context.Request, context.BodyLimit(), ct);
        if (read.Activity is not { } posted)
        {
            return DirectLineErrors.Result(read.Status, "BadArgument", read.Reason ?? "unreadable activity");
        }

        // A user id embedded in the token wins over whatever the client claims, so nobody can post as someone else.
        var userId = caller.UserId ?? posted.From?.Id;
        if (string.IsNullOrWhiteSpace(userId))
        {
            return DirectLineErrors.BadArgument("from.id is required");
        }

        var activity = posted with
        {
            Id = null,
            ChannelId = DirectLineBot.Channel,
            ServiceUrl = null,
            Conversation = new ConversationAccount { Id = conversationId },
            From = (posted.From ?? new ChannelAccount()) with { Id = userId, Role = "user" },
            Recipient = DirectLineBot.Account,
        };
        if (activity.Type == ActivityTypes.Typing)
        {
            await log.PublishTransientAsync(conversationId, activity, ct);
            return Results.Json(new { id = $"{conversationId}|typing" });
        }

        Activity stored;
        try
        {
            stored = await log.AppendAsync(conversationId, activity, ct);
        }
        catch (InvalidOperationException)
        {
            return DirectLineErrors.BadArgument("this conversation is full; please start a new one");
        }

        if (stored.Type == ActivityTypes.Message)
        {
            // The history keeps the text masked; the question is answered as it was asked (the turn masks what it stores).
            bot.Answer(conversationId, stored with { Text = activity.Text });
        }

        return Results.Json(new { id = stored.Id });
    }

    /// <summary>
    /// The caller of a call on an existing conversation and the position its watermark names, or the 401/403/404/400 to
    /// answer with.
    /// </summary>
    private async Task<(DirectLineCaller? Caller, int From, IResult? Refusal)> OpenAsync(HttpContext context, string conversationId, string? watermark)
    {
        var auth = await authorizer.AuthorizeAsync(context.Request, conversationId);
        if (auth.Caller is null)
        {
            return (null, 0, auth.ToResult());
        }

        if (!await log.ExistsAsync(conversationId, context.RequestAborted))
        {
            return (null, 0, DirectLineErrors.NotFound());
        }

        return TryParseWatermark(watermark, out var from)
            ? (auth.Caller, from, null)
            : (null, 0, DirectLineErrors.BadArgument("watermark must be a number"));
    }

    /// <summary>
    /// Absolute <c>ws(s)://</c> URL with a short-lived stream token in the query, because browsers cannot set headers
    /// on a WebSocket. Behind a TLS-terminating proxy, forwarded headers must be honoured for this to say wss.
    /// </summary>
    private string StreamUrl(HttpRequest request, string conversationId, int watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var t = Uri.EscapeDataString(tokens.IssueStream(conversationId));
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?watermark={watermark}&t={t}";
    }

    private int ExpiresIn(DirectLineCaller caller) =>
        caller.IsSecret ? tokens.LifetimeSeconds : Math.Max(0, (int)(caller.ExpiresAt - clock.GetUtcNow()).TotalSeconds);

    /// <summary>Absent, empty and "-" mean "from the start".</summary>
    internal static bool TryParseWatermark(string? watermark, out int position)
    {
        position = 0;
        return string.IsNullOrEmpty(watermark) || watermark == "-"
            || (int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out position) && position >= 0);
    }
}
