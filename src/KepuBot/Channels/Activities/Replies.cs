using System.Text.Json;
using KepuBot.Conversation;

namespace KepuBot.Channels.Activities;

/// <summary>
/// Builds the bot's outgoing activities, shared by the Bot Framework and Direct Line channels so an answer looks the
/// same on both: plain text, a sources card, suggested questions as buttons, and the safety flags in channelData.
/// </summary>
public static class Replies
{
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
    public static Activity Welcome(Activity inbound, ReplyBook texts) => CreateReply(inbound) with
    {
        ReplyToId = null,
        Text = texts.Text(ReplyKeys.ChannelGreeting),
        TextFormat = "plain",
        InputHint = "acceptingInput",
        SuggestedActions = Suggestions(texts.List(ReplyKeys.ChannelStarterQuestions)),
    };

    /// <summary>The answer to a message without text (a picture, a sticker, a card submit).</summary>
    public static Activity TextOnly(Activity inbound, ReplyBook texts) => CreateReply(inbound) with { Text = texts.Text(ReplyKeys.ChannelTextOnly), TextFormat = "plain" };

    /// <summary>Why the message was not answered (too long, unreadable), in the pipeline's words.</summary>
    public static Activity Refusal(Activity inbound, string reason) => CreateReply(inbound) with { Text = reason, TextFormat = "plain", InputHint = "acceptingInput" };

    /// <summary>What the user sees when the turn failed, instead of silence.</summary>
    public static Activity Failure(Activity inbound, ReplyBook texts) => CreateReply(inbound) with { Text = texts.Text(ReplyKeys.ChannelFailure), TextFormat = "plain" };

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
