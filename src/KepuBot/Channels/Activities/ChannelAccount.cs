using System.Text.Json;
using System.Text.Json.Serialization;

namespace KepuBot.Channels.Activities;

/// <summary>A user or bot on a channel (<c>from</c>, <c>recipient</c>, <c>membersAdded</c>).</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary><c>user</c> or <c>bot</c>; Web Chat uses it to decide which side a message is drawn on.</summary>
    public string? Role { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; init; }
}
