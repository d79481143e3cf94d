namespace KepuBot.Channels.BotFramework;

/// <summary>
/// Remembers recently seen activity ids so a channel's redelivery (after a timeout on its side) is processed once,
/// whichever instance it reaches.
/// </summary>
public interface IRecentActivityIds
{
    /// <summary>True the first time <paramref name="key"/> is seen within the dedupe window.</summary>
    Task<bool> TryRegisterAsync(string key, CancellationToken cancellationToken);
}
