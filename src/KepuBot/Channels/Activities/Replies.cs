using System.Text.Json;
using KepuBot.Agent;

namespace KepuBot.Channels.Activities;

/// <summary>
/// Builds the bot's outgoing activities, shared by the Bot Framework and Direct Line channels so an answer looks the
/// same on both: plain text, a sources card, suggested questions as buttons, and the safety flags in channelData.
/// </summary>
public static class Replies
{
    /// <summary>Questions the knowledge base answers well, offered to a newcomer.</summary>
    public static IReadOnlyList<string> WelcomeQuestions { get; } =
    [
        "接到自称公检法的电话，要我转账怎么办？",
        "吃隔夜菜会致癌吗？",
        "基层科协的“三长”是指哪三长？",
    ];

    private const string WelcomeText =
        "您好！我是科普问答助手，可以回答政策文件、防诈骗、辟谣和健康安全方面的问题，每个回答都会注明出处。请直接输入您的问题，或点下面的问题试试。";

    private const string TextOnlyText = "目前只能回答文字提问，请用文字描述您的问题。";

    private const string FailureText = "抱歉，服务暂时出了点问题，请稍后再问一次。";

    /// <summary>A reply skeleton: sides swapped, same conversation and locale, answering the inbound activity.</summary>
    public static Activity CreateReply(Activity inbound, string type = ActivityTypes.Message) => new()
    {
        Type = type,
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = inbound.Conversation,
        ReplyToId = inbound.Id,
        Locale = inbound.Locale,
    };

    /// <summary>The "typing…" indicator shown while the answer is prepared.</summary>
    public static Activity Typing(Activity inbound) => CreateReply(inbound, ActivityTypes.Typing);

    /// <summary>The answer as a message activity.</summary>
    public static Activity Answer(Activity inbound, AgentAnswer answer)
    {
        var card = SourcesCard.Create(answer.Citations);
        return CreateReply(inbound) with
        {
            Text = answer.Answer,

            // The agent writes plain Chinese; markdown rendering would eat its line breaks and numbering.
            TextFormat = "plain",
            InputHint = "acceptingInput",
            Importance = answer.Flags.IsHighFraudRisk ? "high" : null,
            Attachments = card is null ? null : [card],
            SuggestedActions = Suggestions(answer.Suggestions),
            ChannelData = ChannelData(answer),
        };
    }

    /// <summary>The greeting for a newcomer, with suggested questions. Sent to the conversation, not as a reply.</summary>
    public static Activity Welcome(Activity inbound) => CreateReply(inbound) with
    {
        ReplyToId = null,
        Text = WelcomeText,
        TextFormat = "plain",
        InputHint = "acceptingInput",
        SuggestedActions = Suggestions(WelcomeQuestions),
    };

    /// <summary>The answer to a message without text (a picture, a sticker, a card submit).</summary>
    public static Activity TextOnly(Activity inbound) => CreateReply(inbound) with { Text = TextOnlyText, TextFormat = "plain" };

    /// <summary>Why the message was not answered (too long, unreadable), in the pipeline's words.</summary>
    public static Activity Refusal(Activity inbound, string reason) => CreateReply(inbound) with { Text = reason, TextFormat = "plain", InputHint = "acceptingInput" };

    /// <summary>What the user sees when the turn failed, instead of silence.</summary>
    public static Activity Failure(Activity inbound) => CreateReply(inbound) with { Text = FailureText, TextFormat = "plain" };

    private static SuggestedActions? Suggestions(IReadOnlyList<string> questions) =>
        questions.Count == 0
            ? null
            : new SuggestedActions([.. questions.Select(q => new CardAction(CardAction.ImBack, q, q))]);

    private static JsonElement ChannelData(AgentAnswer answer) => JsonSerializer.SerializeToElement(
        new
        {
            kepubot = new
            {
                intent = answer.Intent,
                grounded = answer.Grounded,
                flags = answer.Flags,
                escalationId = answer.EscalationId,
            },
        },
        ActivityJson.Options);
}
