using KepuBot.Agent;
using KepuBot.Dialog;
using KepuBot.Staff.Rumors;

namespace KepuBot.Safety.Rumors;

/// <summary>
/// Wraps the turn pipeline so that every message flagged as rumor-like, matched or not, reaches the 辟谣 follow-up
/// queue before the resident gets the answer: what was acknowledged has been recorded.
/// </summary>
public sealed partial class RumorFollowUpPipeline(ITurnPipeline inner, RumorIntake intake, ILogger<RumorFollowUpPipeline> logger) : ITurnPipeline
{
    /// <inheritdoc />
    public async Task<AgentAnswer> HandleAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        var answer = await inner.HandleAsync(request, cancellationToken);
        if (!answer.Flags.Rumor)
        {
            return answer;
        }

        try
        {
            await intake.ReportAsync(request, answer, cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or TimeoutException)
        {
            // The resident still gets the answer (the turn itself is stored with its rumor flag); staff see the error.
            LogNotQueued(ex, answer.TurnId);
        }

        return answer;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Rumor report of turn {TurnId} could not be queued for follow-up")]
    private partial void LogNotQueued(Exception ex, string? turnId);
}
