namespace KepuBot.Channels.DirectLine;

/// <summary>Direct Line's error body, <c>{"error":{"code","message"}}</c>.</summary>
public sealed record DirectLineError(DirectLineErrorDetail Error);
