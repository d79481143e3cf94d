using System.Collections.Concurrent;

namespace KepuBot.LoadTest;

/// <summary>
/// What happened to every message: answered once (with its latency), lost (no reply in time), duplicated (more than one
/// reply to it), mismatched (a reply that is not the answer to it, or retries answered differently), throttled (429 or
/// the channel's too-frequent reply), or failed (an HTTP error).
/// </summary>
internal sealed class LoadRecorder
{
    private const int MaxExamples = 5;

    private readonly ConcurrentBag<double> _latencies = [];
    private readonly ConcurrentDictionary<string, byte> _examples = new(StringComparer.Ordinal);
    private int _lost;
    private int _duplicated;
    private int _mismatched;
    private int _throttled;
    private int _failed;
    private int _retried;

    public IReadOnlyCollection<double> Latencies => _latencies;

    public int Lost => _lost;

    public int Duplicated => _duplicated;

    public int Mismatched => _mismatched;

    public int Throttled => _throttled;

    public int Failed => _failed;

    /// <summary>Messages deliberately delivered more than once (WeChat retries).</summary>
    public int Retried => _retried;

    public bool Clean => _lost + _duplicated + _mismatched + _throttled + _failed == 0;

    public void Answered(TimeSpan latency) => _latencies.Add(latency.TotalMilliseconds);

    /// <summary>A message whose reply either arrived (after <paramref name="latency"/>) or never did.</summary>
    public void Replied(bool arrived, TimeSpan latency)
    {
        if (arrived)
        {
            Answered(latency);
        }
        else
        {
            LostOne();
        }
    }

    /// <summary>Found after the run: replies beyond the first to a message, and replies to messages nobody sent.</summary>
    public void Strays(int extra, int unexpected)
    {
        Duplicate(extra);
        Interlocked.Add(ref _mismatched, unexpected);
    }

    public void LostOne() => Interlocked.Increment(ref _lost);

    public void Duplicate(int extra = 1) => Interlocked.Add(ref _duplicated, extra);

    public void Mismatch() => Interlocked.Increment(ref _mismatched);

    public void ThrottledOne() => Interlocked.Increment(ref _throttled);

    public void FailedOne() => Interlocked.Increment(ref _failed);

    public void RetriedOne() => Interlocked.Increment(ref _retried);

    /// <summary>A few examples of what went wrong, for the report.</summary>
    public IReadOnlyCollection<string> Examples => [.. _examples.Keys];

    /// <summary>Sorts out an HTTP status that is not success: 429 is throttling, anything else a failure.</summary>
    public void Refused(System.Net.HttpStatusCode status)
    {
        if (status == System.Net.HttpStatusCode.TooManyRequests)
        {
            ThrottledOne();
        }
        else
        {
            FailedOne();
            Note($"HTTP {(int)status}");
        }
    }

    public void Note(string what)
    {
        if (_examples.Count < MaxExamples)
        {
            _examples.TryAdd(what, 0);
        }
    }
}
