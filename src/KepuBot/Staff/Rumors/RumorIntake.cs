using System.Security.Cryptography;
using System.Text;
using KepuBot.Agent;
using KepuBot.Dialog;
using KepuBot.Safety;
using KepuBot.Safety.Rumors;
using KepuBot.Storage;
using Microsoft.Extensions.Options;

namespace KepuBot.Staff.Rumors;

/// <summary>
/// Files every rumor-like message into the 辟谣 follow-up queue: the claim (masked), channel, time and matched debunk,
/// grouped with earlier reports of the same claim; a case that crosses the spreading threshold queues an alert.
/// </summary>
public sealed partial class RumorIntake(
    IRumorQueueStore store,
    RumorDetector detector,
    RumorAlertSignal alerts,
    IOptionsMonitor<RumorQueueOptions> options,
    TimeProvider clock,
    ILogger<RumorIntake> logger)
{
    /// <summary>Records the message of a turn the agent flagged as rumor-like.</summary>
    public async Task<RumorReportOutcome> ReportAsync(TurnRequest request, AgentAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(answer);
        var claim = PersonalDataMasker.Mask(detector.Assess(request.Text.Trim()).Claim);
        // A grounded rumor answer cites the vetted debunk it matched; any other answer matched none.
        var debunkId = answer.Intent == Intents.Rumor && answer.Grounded && answer.Citations.Count > 0 ? answer.Citations[0].DocId : null;
        var report = new RumorReport(claim, ClaimText.Canonical(claim), request.Channel, Reporter(request), clock.GetUtcNow(), debunkId, answer.TurnId, RumorTopics.Of(claim));
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

    // People are counted, not kept: the hash links one person's reports without storing their channel id.
    private static string Reporter(TurnRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{request.Channel}:{request.UserId}")))[..16];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rumor case {CaseId} is spreading: {Threshold} reports within {Window}")]
    private partial void LogSpreading(string caseId, int threshold, TimeSpan window);
}
