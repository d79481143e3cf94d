using System.Text.Json;
using System.Text.Json.Serialization;

namespace KepuBot.Channels.Activities;

/// <summary>
/// A Bot Framework Activity (camelCase JSON). Only the fields the service reads or writes are modelled; everything
/// else round-trips through <see cref="Extra"/> because receivers must accept and keep unknown fields.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ReplyToId { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    public string? InputHint { get; init; }

    public string? Importance { get; init; }

    public string? DeliveryMode { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>Channel-specific data, kept as raw JSON (Web Chat puts <c>clientActivityID</c> here).</summary>
    public JsonElement? ChannelData { get; init; }

    public JsonElement? Value { get; init; }

    public string? Name { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; init; }
}
