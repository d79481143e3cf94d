using KepuBot.Conversation;

namespace KepuBot.Channels.Activities;

/// <summary>
/// Turns one inbound message into the bot's reply through <see cref="ITurnPipeline"/>. Shared by both channels; a
/// message the pipeline will not take (too long, unreadable) is answered with the reason, and a failing pipeline with
/// an apology, rather than silence or a 500.
/// </summary>
public sealed partial class TurnRunner(ReplyBook texts, ILogger<TurnRunner> logger)
{
    /// <summary>The greeting for a newcomer, with suggested questions.</summary>
    public Activity Welcome(Activity inbound) => Replies.Welcome(inbound, texts);

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
            return Replies.TextOnly(inbound, texts);
        }

        var request = new TurnRequest(channel, inbound.From?.Id ?? string.Empty, conversationId, inbound.Text.Trim());
        AgentAnswer answer;
        try
        {
            answer = await services.GetRequiredService<ITurnPipeline>().HandleAsync(request, cancellationToken);
        }
        catch (InvalidTurnException e)
        {
            // The user's mistake, not the service's: they get the reason, the log a line without a stack trace.
            LogRefusedTurn(channel, request.Text.Length);
            return Replies.Refusal(inbound, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Turn pipeline failed on channel {Channel}", channel);
            return Replies.Failure(inbound, texts);
        }

        return Replies.Answer(inbound, answer);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a message of {Chars} characters on channel {Channel}: the pipeline will not take it")]
    private partial void LogRefusedTurn(string channel, int chars);
}
