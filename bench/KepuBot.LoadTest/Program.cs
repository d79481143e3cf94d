using System.Diagnostics;
using KepuBot.LoadTest;

// Load test for a running KepuBot on loopback, one channel endpoint at a time: N concurrent conversations, each sending
// its next message once the reply to the previous one has arrived, for a fixed time. Every reply is matched to its
// message, so lost, duplicated or crossed replies are counted, not just errors.
// Usage: dotnet run -c Release --project bench/KepuBot.LoadTest -- --channel wechat --wechat-token T [--conversations 32] [--seconds 20] [--warmup 40]
var (options, error) = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var questions = new Questions(QuestionSource.Load());
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Conversations * 3 })
{
    BaseAddress = options.BaseUrl,
    Timeout = TimeSpan.FromSeconds(30),
};

// A service just started runs much of its code unoptimised until the runtime's tiered compiler has recompiled the hot
// methods, which takes tens of seconds under load on a small machine; the warm-up keeps that out of the numbers.
if (options.WarmUp > TimeSpan.Zero)
{
    await RunAsync(new LoadRecorder(), options.WarmUp);
}

var recorder = new LoadRecorder();
var elapsed = await RunAsync(recorder, options.Duration);
Report.Print(options, recorder, elapsed);
return recorder.Clean && recorder.Latencies.Count > 0 ? 0 : 1;

async Task<TimeSpan> RunAsync(LoadRecorder into, TimeSpan duration)
{
    await using IChannelDriver driver = options.Channel switch
    {
        "botframework" => new BotFrameworkDriver(http, questions, into, options.ExpectReplies),
        "directline" => new DirectLineDriver(http, questions, into, options.DirectLineSecret),
        "wechat" => new WeChatDriver(http, questions, into, options.WeChatToken!, options.WeChatRetryEvery),
        _ => new ApiDriver(http, questions, into),
    };

    await driver.StartAsync(CancellationToken.None);
    using var stop = new CancellationTokenSource(duration);
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, options.Conversations).Select(i => Task.Run(() => driver.RunConversationAsync(i, stop.Token))));
    var elapsed = clock.Elapsed;
    await driver.FinishAsync();
    return elapsed;
}
