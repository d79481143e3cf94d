namespace KepuBot.Conversation;

/// <summary>
/// The keys of <c>corpus/lexicon/replies.txt</c> the service uses. <see cref="ReplyBook"/> refuses to start when one
/// is missing, so a deleted line is found at start-up rather than on the turn that needs it.
/// </summary>
public static class ReplyKeys
{
    public const string Greeting = "greeting";
    public const string StarterQuestions = "starter-questions";
    public const string OutOfScope = "out-of-scope";
    public const string NoBasis = "no-basis";
    public const string Handoff = "handoff";
    public const string Prohibited = "prohibited";
    public const string Harmful = "harmful";
    public const string OtherPlace = "other-place";
    public const string LearningNumber = "learning-number";
    public const string UrgentWarning = "urgent-warning";
    public const string CheckFirst = "check-first";
    public const string FraudBasics = "fraud-basics";
    public const string RumorHolding = "rumor-holding";
    public const string ElderlyGreeting = "elderly-greeting";
    public const string ElderlyOutOfScope = "elderly-out-of-scope";
    public const string ElderlyRumorHolding = "elderly-rumor-holding";
    public const string ElderlyUrgentWarning = "elderly-urgent-warning";
    public const string ElderlyOtherPlace = "elderly-other-place";
    public const string ChannelGreeting = "channel-greeting";
    public const string ChannelStarterQuestions = "channel-starter-questions";
    public const string ChannelTextOnly = "channel-text-only";
    public const string ChannelFailure = "channel-failure";
    public const string WeChatWelcome = "wechat-welcome";
    public const string WeChatVoiceNotRecognised = "wechat-voice-not-recognised";
    public const string WeChatEmpty = "wechat-empty";
    public const string WeChatUnavailable = "wechat-unavailable";
    public const string WeChatTooFrequent = "wechat-too-frequent";

    /// <summary>Every key above.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Greeting, StarterQuestions, OutOfScope, NoBasis, Handoff, Prohibited, Harmful, OtherPlace, LearningNumber,
        UrgentWarning, CheckFirst, FraudBasics, RumorHolding, ElderlyGreeting, ElderlyOutOfScope, ElderlyRumorHolding,
        ElderlyUrgentWarning, ElderlyOtherPlace, ChannelGreeting, ChannelStarterQuestions, ChannelTextOnly, ChannelFailure,
        WeChatWelcome, WeChatVoiceNotRecognised, WeChatEmpty, WeChatUnavailable, WeChatTooFrequent,
    ];
}
