using KepuBot.Channels.Activities;

namespace KepuBot.Channels.DirectLine;

/// <summary>
/// The bot's side of a Direct Line conversation: greets a new conversation and answers each user message through the
/// shared <see cref="TurnRunner"/>, writing replies into the conversation log where the client picks them up.
/// </summary>
public sealed class DirectLineBot(IConversationLog log, TurnScheduler scheduler, TurnRunner turns, IServiceScopeFactory scopes)
{
    public const string Channel = "directline";

    /// <summary>The bot's account on every activity it sends.</summary>
    public static ChannelAccount Account { get; } = new() { Id = "kepubot", Name = "科普问答助手", Role = "bot" };

    /// <summary>Posts the welcome message into a conversation that has just started.</summary>
    public async Task WelcomeAsync(string conversationId, string? userId, string? locale, CancellationToken cancellationToken)
    {
        var start = new Activity
        {
            From = userId is null ? null : new ChannelAccount { Id = userId, Role = "user" },
            Recipient = Account,
            Conversation = new ConversationAccount { Id = conversationId },
            Locale = locale,
        };
        await log.AppendAsync(conversationId, turns.Welcome(start) with { ChannelId = Channel }, cancellationToken);
    }

    /// <summary>Queues the answer to a stored user message; the typing indicator shows while it is prepared.</summary>
    public void Answer(string conversationId, Activity stored) =>
        scheduler.Enqueue("dl:" + conversationId, async cancellationToken =>
        {
            await log.PublishTransientAsync(conversationId, Replies.Typing(stored) with { ChannelId = Channel }, cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            var reply = await turns.ReplyAsync(scope.ServiceProvider, stored, Channel, "dl:" + conversationId, cancellationToken);
            await log.AppendAsync(conversationId, reply with { ChannelId = Channel }, cancellationToken);
        });
}
