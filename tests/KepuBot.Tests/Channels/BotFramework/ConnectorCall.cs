using System.Text.Json;

namespace KepuBot.Tests.Channels.BotFramework;

/// <summary>One request the fake channel received from the bot.</summary>
public sealed record ConnectorCall(string Path, string? Authorization, JsonElement Body)
{
    public string Type => Body.GetProperty("type").GetString()!;

    public string ConversationId => Body.GetProperty("conversation").GetProperty("id").GetString()!;
}
