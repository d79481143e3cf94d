using KepuBot.Safety.Learned;

namespace KepuBot.Safety;

/// <summary>
/// Loads the cue lists, compiles their expressions and trains the classifier at start-up, in the background, so the first resident to
/// write does not wait for it (a WeChat passive reply has under five seconds). A broken cue list is reported in
/// the log here rather than on someone's question.
/// </summary>
public sealed partial class SafetyWarmup(IServiceProvider services, ILogger<SafetyWarmup> logger) : BackgroundService
{
    // Assessing any message runs every family's expression once, which compiles and jits it.
    private const string Sample = "听说有人打电话自称公安，让我把钱转到安全账户，是真的吗";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        // Resolving the reader here, not in the constructor, keeps training the classifier off the start-up path.
        var reader = services.GetRequiredService<SafetyReader>();
        reader.Read(Sample);
        var examples = services.GetRequiredService<MessageClassifier>().TrainedOn;
        LogReady(logger, examples);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rumor and fraud cue lists loaded; safety classifier trained on {Examples} labelled messages")]
    private static partial void LogReady(ILogger logger, int examples);
}
