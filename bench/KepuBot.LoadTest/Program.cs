using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using KepuBot.LoadTest;

// Load test for a running KepuBot on loopback: N concurrent clients post questions to /api/ask for a fixed time.
// Usage: dotnet run -c Release --project bench/KepuBot.LoadTest -- [baseUrl] [clients] [seconds]
var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5080/");
if (!baseUrl.IsLoopback)
{
    Console.Error.WriteLine("Load tests only target loopback addresses (127.0.0.1, localhost).");
    return 2;
}

var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var questions = QuestionSource.Load();
using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
var latencies = new List<double>[clients];
var failures = 0;
var clock = Stopwatch.StartNew();

await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
{
    latencies[client] = [];
    var conversation = $"load-{client}-{Guid.NewGuid():N}";
    for (var i = client; !stop.IsCancellationRequested; i += clients)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = questions[i % questions.Count], conversationId = conversation }, CancellationToken.None);
            await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failures);
                continue;
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref failures);
            continue;
        }

        latencies[client].Add(watch.Elapsed.TotalMilliseconds);
    }
}));

var all = latencies.SelectMany(l => l).Order().ToList();
double Percentile(double p) => all.Count == 0 ? double.NaN : all[(int)Math.Min(all.Count - 1, Math.Ceiling(p * all.Count) - 1)];
Console.WriteLine($"clients {clients}, {clock.Elapsed.TotalSeconds:F0} s: {all.Count} answers, {failures} failures, {all.Count / clock.Elapsed.TotalSeconds:F0} answers/s, p50 {Percentile(0.5):F1} ms, p95 {Percentile(0.95):F1} ms, p99 {Percentile(0.99):F1} ms");
return failures == 0 ? 0 : 1;
