using KepuBot.Conversation;
using Microsoft.Extensions.Options;

namespace KepuBot.Rumors;

/// <summary>
/// Files every rumor-like message into the 辟谣 follow-up queue before the resident gets the answer (what was
/// acknowledged has been recorded): the claim (masked), channel, time and matched debunk, grouped with earlier
/// reports of the same claim; a case that crosses the spreading threshold queues an alert.
/// </summary>
public sealed partial class RumorIntake(
    IRumorQueueStore store,
    RumorAlertSignal alerts,
    IOptionsMonitor<RumorQueueOptions> options,
    TimeProvider clock,
    ILogger<RumorIntake> logger) : ITurnObserver
{
    /// <inheritdoc />
    public async Task TurnFinishedAsync(FinishedTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.Answer.Flags.Rumor)
        {
            return;
        }

        try
        {
            await ReportAsync(turn, cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or TimeoutException)
        {
            // The resident still gets the answer (the turn itself is stored with its rumor flag); staff see the error.
            LogNotQueued(ex, turn.Answer.TurnId);
        }
    }

    /// <summary>Records the message of a turn the agent flagged as rumor-like.</summary>
    public async Task<RumorReportOutcome> ReportAsync(FinishedTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (request, answer) = (turn.Request, turn.Answer);

        // The turn's flags carry the claim the router's detector extracted (masked); reading the message again would
        // extract the same claim.
        var claim = answer.Flags.Claim ?? string.Empty;
        // A grounded rumor answer cites the vetted debunk it matched; any other answer matched none.
        var debunkId = answer.Intent == Intent.Rumor && answer.Grounded && answer.Citations.Count > 0 ? answer.Citations[0].DocId : null;
        var report = new RumorReport(claim, ClaimText.Canonical(claim), request.Channel, turn.UserHash, clock.GetUtcNow(), debunkId, answer.TurnId, RumorTopics.Of(claim));
        var settings = options.CurrentValue;
        var outcome = await store.AddReportAsync(
            report,
            candidates => ClaimMatcher.Choose(report, candidates, settings.SimilarityThreshold),
            new SpreadingRule(settings.SpreadingThreshold, settings.SpreadingWindow, settings.AlertsEnabled),
            cancellationToken);
        if (outcome.BecameSpreading)
        {
            LogSpreading(outcome.CaseId, settings.SpreadingThreshold, settings.SpreadingWindow);
            alerts.Wake();
        }

        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rumor case {CaseId} is spreading: {Threshold} reports within {Window}")]
    private partial void LogSpreading(string caseId, int threshold, TimeSpan window);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rumor report of turn {TurnId} could not be queued for follow-up")]
    private partial void LogNotQueued(Exception ex, string? turnId);
}
