using KepuBot.Channels.Activities;
using KepuBot.Channels.Traffic;

namespace KepuBot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: reads and authenticates an activity, then answers messages and greets newcomers.
/// Replies normally go to the channel's Connector API after the request has been acknowledged; with
/// <c>deliveryMode: expectReplies</c> they come back in the response body instead.
/// </summary>
public sealed partial class BotActivityHandler(
    ChannelTokenValidator validator,
    IRecentActivityIds seen,
    TurnScheduler queue,
    TurnRunner turns,
    IServiceScopeFactory scopes,
    ILogger<BotActivityHandler> logger)
{
    public const string Channel = "botframework";

    private const int MaxLoggedNameLength = 40;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var read = await ActivityReader.ReadAsync(context.Request, context.BodyLimit(), cancellationToken);
        if (read.Activity is not { } activity)
        {
            return Reject(read.Status, read.Reason ?? "unreadable activity");
        }

        var auth = await validator.ValidateAsync(context.Request.Headers.Authorization, activity, cancellationToken);
        if (!auth.Succeeded)
        {
            LogRefused(activity.ChannelId, auth.Status, auth.Reason);
            return Results.StatusCode(auth.Status);
        }

        var expectReplies = string.Equals(activity.DeliveryMode, ActivityTypes.ExpectReplies, StringComparison.Ordinal);
        var isMessage = activity.Type == ActivityTypes.Message;
        if (!isMessage && activity.Type != ActivityTypes.ConversationUpdate)
        {
            return Ignore(activity, expectReplies);
        }

        if (Missing(activity, isMessage, expectReplies) is { } missing)
        {
            return Reject(StatusCodes.Status400BadRequest, missing);
        }

        if (activity.Id is { Length: > 0 } id && !await seen.TryRegisterAsync($"{activity.ChannelId}|{activity.Conversation!.Id}|{id}", cancellationToken))
        {
            LogRedelivered(activity.Type, activity.ChannelId);
            return expectReplies ? Replies([]) : Results.Ok();
        }

        if (!isMessage && !HasNewcomer(activity))
        {
            return expectReplies ? Replies([]) : Results.Ok();
        }

        var conversationKey = "bf:" + activity.Conversation!.Id;
        if (expectReplies)
        {
            var reply = isMessage
                ? await turns.ReplyAsync(context.RequestServices, activity, Channel, conversationKey, cancellationToken)
                : turns.Welcome(activity);
            return Replies([reply]);
        }

        var serviceUrl = new Uri(activity.ServiceUrl!);
        queue.Enqueue(conversationKey, stopping => SendRepliesAsync(serviceUrl, activity, conversationKey, stopping));
        return Results.Ok();
    }

    private async Task SendRepliesAsync(Uri serviceUrl, Activity activity, string conversationKey, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var connector = scope.ServiceProvider.GetRequiredService<ConnectorClient>();
        try
        {
            if (activity.Type == ActivityTypes.ConversationUpdate)
            {
                await connector.SendAsync(serviceUrl, turns.Welcome(activity), cancellationToken);
                return;
            }

            // Typing first: the answer can take a while and the user should see that we are on it.
            await connector.SendAsync(serviceUrl, Activities.Replies.Typing(activity), cancellationToken);
            var reply = await turns.ReplyAsync(scope.ServiceProvider, activity, Channel, conversationKey, cancellationToken);
            await connector.SendAsync(serviceUrl, reply, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            LogSendFailed(activity.ChannelId, e.StatusCode, e.Message);
        }
    }

    /// <summary>
    /// Types the service does not act on are acknowledged, as the schema asks receivers to (A2006): 200 (an empty
    /// reply set for expectReplies). An invoke waits for a result the service does not produce, so it gets the
    /// Bot Framework SDK's answer for an unhandled invoke, 501, rather than a 200 the channel would read as success.
    /// </summary>
    private IResult Ignore(Activity activity, bool expectReplies)
    {
        var type = activity.Type!;
        if (type == ActivityTypes.Invoke)
        {
            var name = Bounded(activity.Name);
            LogUnhandledInvoke(activity.ChannelId, name);
            return Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        if (!ActivityTypes.Defined.Contains(type))
        {
            var shown = Bounded(type)!;
            LogUnknownType(shown, activity.ChannelId);
        }

        return expectReplies ? Replies([]) : Results.Ok();
    }

    /// <summary>Sender-chosen names are cut short before they reach the log.</summary>
    private static string? Bounded(string? value) => value is { Length: > MaxLoggedNameLength } ? value[..MaxLoggedNameLength] : value;

    /// <summary>The bot itself appears in membersAdded too; only other members are greeted.</summary>
    private static bool HasNewcomer(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id is { Length: > 0 } id && id != activity.Recipient?.Id) == true;

    private static string? Missing(Activity activity, bool isMessage, bool expectReplies)
    {
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "conversation.id missing";
        }

        if (isMessage && string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "from.id missing";
        }

        if (!expectReplies
            && !(Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            return "serviceUrl missing or not an http(s) URL";
        }

        return null;
    }

    private IResult Reject(int status, string reason)
    {
        LogRejected(status, reason);
        return Results.Problem(detail: reason, statusCode: status);
    }

    private static IResult Replies(IReadOnlyList<Activity> activities) =>
        Results.Json(new ActivitySet(activities), ActivityJson.Options);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected Bot Framework request with {Status}: {Reason}")]
    private partial void LogRejected(int status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused Bot Framework activity from channel {ChannelId} with {Status}: {Reason}")]
    private partial void LogRefused(string? channelId, int status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Acknowledged and ignored an activity of unknown type {Type} from channel {ChannelId}")]
    private partial void LogUnknownType(string type, string? channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered an invoke {Name} from channel {ChannelId} with 501: the service handles no invokes")]
    private partial void LogUnhandledInvoke(string? channelId, string? name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a redelivered {Type} activity on channel {ChannelId}")]
    private partial void LogRedelivered(string? type, string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a reply on channel {ChannelId} failed with {Status}: {Reason}")]
    private partial void LogSendFailed(string? channelId, System.Net.HttpStatusCode? status, string reason);
}
