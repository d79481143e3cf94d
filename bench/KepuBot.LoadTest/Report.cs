namespace KepuBot.LoadTest;

/// <summary>Prints the run: throughput, latency percentiles, and every way a reply went wrong; a README table row too.</summary>
internal static class Report
{
    public static void Print(LoadOptions options, LoadRecorder recorder, TimeSpan elapsed)
    {
        var latencies = recorder.Latencies.Order().ToList();
        var perSecond = latencies.Count / elapsed.TotalSeconds;
        var channel = options.Channel + (options.ExpectReplies ? " (expectReplies)" : string.Empty);
        var (p50, p95, p99) = (Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99));
        var retried = recorder.Retried > 0 ? $"; {recorder.Retried} messages delivered 3 times" : string.Empty;
        Console.WriteLine(FormattableString.Invariant(
            $"{channel}: {options.Conversations} conversations, {elapsed.TotalSeconds:F0} s: {latencies.Count} replies, {perSecond:F1} msg/s, p50 {p50:F0} ms, p95 {p95:F0} ms, p99 {p99:F0} ms; lost {recorder.Lost}, duplicated {recorder.Duplicated}, mismatched {recorder.Mismatched}, throttled {recorder.Throttled}, failed {recorder.Failed}{retried}"));
        Console.WriteLine(FormattableString.Invariant(
            $"| {channel} | {options.Conversations} | {perSecond:F0} | {p50:F0} | {p95:F0} | {recorder.Lost} | {recorder.Duplicated + recorder.Mismatched} |"));
        foreach (var example in recorder.Examples)
        {
            Console.Error.WriteLine("  e.g. " + example);
        }

        if (recorder.Throttled > 0)
        {
            Console.Error.WriteLine("Some messages were rate-limited: run the service with the limits off for load tests (RateLimits__<Name>__PermitLimit=0).");
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
