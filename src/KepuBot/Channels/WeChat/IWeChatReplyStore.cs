namespace KepuBot.Channels.WeChat;

/// <summary>
/// Remembers the reply to each message for a few minutes, so WeChat's retries of the same message (up to three
/// deliveries) are processed once and answered alike. Retries that arrive while the first is still being answered
/// wait for the same result.
/// </summary>
/// <remarks>
/// The in-memory store only sees one instance's deliveries; a multi-instance deployment, where a retry may reach
/// another instance, needs an implementation over the shared database.
/// </remarks>
public interface IWeChatReplyStore
{
    /// <summary>The reply for <paramref name="messageKey"/>: the stored or in-flight one, else the one <paramref name="start"/> produces.</summary>
    Task<string?> GetOrStartAsync(string messageKey, Func<Task<string?>> start, CancellationToken cancellationToken);
}
