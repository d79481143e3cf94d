using System.Text.Json.Nodes;

namespace KepuBot.Channels.Activities;

/// <summary>A card or file attached to an activity.</summary>
/// <param name="ContentType">MIME type, e.g. <c>application/vnd.microsoft.card.adaptive</c>.</param>
/// <param name="Content">The card body; absent for files sent by URL.</param>
public sealed record Attachment(string ContentType, JsonNode? Content = null)
{
    public Uri? ContentUrl { get; init; }

    public string? Name { get; init; }
}
