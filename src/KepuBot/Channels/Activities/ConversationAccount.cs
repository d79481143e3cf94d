using System.Text.Json;
using System.Text.Json.Serialization;

namespace KepuBot.Channels.Activities;

/// <summary>The conversation an activity belongs to; replies copy it from the inbound activity.</summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public bool? IsGroup { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; init; }
}
