namespace KepuBot.Channels.BotFramework;

/// <summary>The outcome of checking an inbound request's channel token; <see cref="Reason"/> is for the log only.</summary>
public sealed record ChannelAuthResult(int Status, string Reason)
{
    public static ChannelAuthResult Passed { get; } = new(StatusCodes.Status200OK, "ok");

    public bool Succeeded => Status == StatusCodes.Status200OK;

    public static ChannelAuthResult Reject(string reason) => new(StatusCodes.Status401Unauthorized, reason);
}
