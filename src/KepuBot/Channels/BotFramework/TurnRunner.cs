using KepuBot.Agent;
using KepuBot.Dialog;

namespace KepuBot.Channels.BotFramework;

/// <summary>
/// Turns one inbound message into the bot's reply through <see cref="ITurnPipeline"/>. Shared by both channels; a
/// failing pipeline yields an apology rather than silence or a 500.
/// </summary>
public sealed class TurnRunner(ILogger<TurnRunner> logger)
{
    /// <summary>The reply to <paramref name="inbound"/>; <paramref name="services"/> is the request's or a fresh scope.</summary>
    public async Task<Activity> ReplyAsync(
        IServiceProvider services,
        Activity inbound,
        string channel,
        string conversationId,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(inbound.Text))
        {
            return Replies.TextOnly(inbound);
        }

        var request = new TurnRequest(channel, inbound.From?.Id ?? string.Empty, conversationId, inbound.Text.Trim());
        AgentAnswer answer;
        try
        {
            answer = await services.GetRequiredService<ITurnPipeline>().HandleAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Turn pipeline failed on channel {Channel}", channel);
            return Replies.Failure(inbound);
        }

        return Replies.Answer(inbound, answer);
    }
}
