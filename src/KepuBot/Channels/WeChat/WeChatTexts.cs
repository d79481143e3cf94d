namespace KepuBot.Channels.WeChat;

/// <summary>The fixed texts the WeChat channel sends on its own (everything else comes from the turn pipeline).</summary>
internal static class WeChatTexts
{
    /// <summary>Sent on follow: what the service does, and questions the knowledge base can answer, to try.</summary>
    public const string Welcome =
        "您好，欢迎关注！我是科普问答助手，可以解答科普知识、政策文件和防范诈骗方面的问题，回答都会注明出处。\n\n" +
        "您可以试着问：\n" +
        "1. 接到自称公检法的电话让转账，怎么办？\n" +
        "2. 隔夜菜真的会致癌吗？\n" +
        "3. 老年人怎样安全使用手机支付？\n\n" +
        "直接发送文字或语音即可。";

    public const string VoiceNotRecognised = "抱歉，没能听清这条语音。请再说一遍，或者直接发送文字。";

    public const string EmptyText = "请用文字或语音告诉我您想了解的问题。";

    public const string Unavailable = "抱歉，系统暂时出了点问题，请稍后再试。";

    /// <summary>Sent instead of an answer when a follower asks faster than <c>RateLimits:WeChat</c> allows.</summary>
    public static string TooFrequent(TimeSpan retryAfter) =>
        $"您提问太频繁了，请{Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))}秒后再问。";
}
