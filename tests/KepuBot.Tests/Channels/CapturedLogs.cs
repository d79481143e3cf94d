using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KepuBot.Tests.Channels;

/// <summary>
/// Keeps every log line as "Level: message", so tests can check that a refusal was logged and how loudly, and every
/// exception that was logged (a stack trace in the service's log), so tests can check that none was.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>"Level: ExceptionType: message" for each entry logged with an exception.</summary>
    public ConcurrentQueue<string> Exceptions { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    public bool Any(string fragment) => Lines.Any(l => l.Contains(fragment, StringComparison.Ordinal));

    /// <summary>
    /// Where the sink stands now. A fixture shares one sink across cases that run one after another, so a case takes a
    /// mark before it acts and searches only what came after it (<see cref="AnySince"/>): an earlier case's line
    /// cannot make it pass.
    /// </summary>
    public int Mark() => Lines.Count;

    /// <summary>Whether a line logged after <paramref name="mark"/> contains <paramref name="fragment"/>.</summary>
    public bool AnySince(int mark, string fragment) => Lines.Skip(mark).Any(l => l.Contains(fragment, StringComparison.Ordinal));

    private sealed class Logger(CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            owner.Lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
            if (exception is not null)
            {
                owner.Exceptions.Enqueue($"{logLevel}: {exception.GetType().Name}: {formatter(state, exception)}");
            }
        }
    }
}
