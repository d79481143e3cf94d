using KepuKnowledge;
using Microsoft.Extensions.Options;

namespace KepuBot.Knowledge;

/// <summary>
/// Builds the index from the corpus at start-up (if the corpus changed since the last snapshot) and then
/// watches for snapshots published by other processes (the CLI, a staff import, another instance).
/// </summary>
public sealed partial class KnowledgeIndexService(
    KnowledgeBase knowledge,
    IOptions<KnowledgeOptions> options,
    ILogger<KnowledgeIndexService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var (report, errors) = await knowledge.SyncAsync(cancellationToken: stoppingToken);
            foreach (var error in errors)
            {
                LogSkipped(error.Path, error.Reason);
            }

            LogReady(report.Version, report.Mode, report.Documents, report.Passages, report.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogBuildFailed(ex);
            // A snapshot from an earlier run may still be usable.
            knowledge.Index.Refresh();
        }

        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (knowledge.Index.Refresh())
            {
                LogSwapped(knowledge.Index.Version);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus file {Path} skipped: {Reason}")]
    private partial void LogSkipped(string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge index {Version} ready ({Mode}): {Documents} documents, {Passages} passages written in {Milliseconds:F0} ms")]
    private partial void LogReady(string version, string mode, int documents, int passages, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the knowledge index failed")]
    private partial void LogBuildFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Information, Message = "Switched to knowledge index snapshot {Version}")]
    private partial void LogSwapped(string? version);
}
