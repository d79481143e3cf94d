using System.Globalization;

namespace KepuBot.LoadTest;

/// <summary>The command line: which channel endpoint to load, how hard, for how long, and the credentials it needs.</summary>
internal sealed record LoadOptions(
    string Channel,
    Uri BaseUrl,
    int Conversations,
    TimeSpan Duration,
    TimeSpan WarmUp,
    bool ExpectReplies,
    string? DirectLineSecret,
    string? WeChatToken,
    int WeChatRetryEvery)
{
    public const string Usage =
        "usage: KepuBot.LoadTest [--channel api|botframework|directline|wechat] [--url http://127.0.0.1:5080/]\n" +
        "                        [--conversations 32] [--seconds 20] [--warmup 40] (seconds of unmeasured load first; 0 for none)\n" +
        "                        [--expect-replies] (botframework: replies in the response)\n" +
        "                        [--directline-secret S] (else tokens from /api/directline/token)\n" +
        "                        [--wechat-token T] [--wechat-retry-every 4] (every Nth message is delivered three times)";

    private static readonly string[] Channels = ["api", "botframework", "directline", "wechat"];

    /// <summary>The options, or the reason the command line is wrong.</summary>
    public static (LoadOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--expect-replies")
            {
                flags.Add(args[i]);
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count)
            {
                values[args[i]] = args[++i];
            }
            else
            {
                return (null, $"unexpected argument '{args[i]}'");
            }
        }

        var channel = values.GetValueOrDefault("--channel", "api");
        if (!Channels.Contains(channel))
        {
            return (null, $"unknown channel '{channel}'");
        }

        if (!Uri.TryCreate(values.GetValueOrDefault("--url", "http://127.0.0.1:5080/"), UriKind.Absolute, out var url) || !url.IsLoopback)
        {
            return (null, "--url must be an http address on loopback (127.0.0.1 or localhost): load tests never leave this machine");
        }

        if (!TryPositive(values, "--conversations", 32, out var conversations) || !TryPositive(values, "--seconds", 20, out var seconds)
            || !TryPositive(values, "--wechat-retry-every", 4, out var retryEvery))
        {
            return (null, "--conversations, --seconds and --wechat-retry-every must be positive whole numbers");
        }

        if (!int.TryParse(values.GetValueOrDefault("--warmup", "40"), NumberStyles.None, CultureInfo.InvariantCulture, out var warmUp))
        {
            return (null, "--warmup must be a whole number of seconds (0 for none)");
        }

        var wechatToken = values.GetValueOrDefault("--wechat-token");
        if (channel == "wechat" && string.IsNullOrEmpty(wechatToken))
        {
            return (null, "--wechat-token is required for the wechat channel (the service's WeChat:Token)");
        }

        return (new LoadOptions(channel, new Uri(url.GetLeftPart(UriPartial.Authority) + "/"), conversations, TimeSpan.FromSeconds(seconds),
            TimeSpan.FromSeconds(warmUp), flags.Contains("--expect-replies"), values.GetValueOrDefault("--directline-secret"), wechatToken, retryEvery), null);
    }

    private static bool TryPositive(Dictionary<string, string> values, string name, int fallback, out int value)
    {
        value = fallback;
        return !values.TryGetValue(name, out var text) || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0);
    }
}
