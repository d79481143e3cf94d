using KepuBot.Safety.Fraud;
using KepuBot.Safety.Rumors;

namespace KepuBot.Safety;

/// <summary>
/// Loads the cue lists and compiles their expressions at start-up, in the background, so the first resident to
/// write does not wait for it (a WeChat passive reply has under five seconds). A broken cue list is reported in
/// the log here rather than on someone's question.
/// </summary>
public sealed partial class SafetyWarmup(FraudDetector fraud, RumorDetector rumors, ILogger<SafetyWarmup> logger) : BackgroundService
{
    // Assessing any message runs every family's expression once, which compiles and jits it.
    private const string Sample = "听说有人打电话自称公安，让我把钱转到安全账户，是真的吗";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        fraud.Assess(Sample);
        rumors.Assess(Sample);
        LogReady(logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rumor and fraud cue lists loaded")]
    private static partial void LogReady(ILogger logger);
}
