namespace KepuBot.Channels.Activities;

/// <summary>A button; <c>imBack</c> posts <see cref="Value"/> back as the user's own message.</summary>
public sealed record CardAction(string Type, string Title, string Value)
{
    public const string ImBack = "imBack";
}
