using System.Text;
using System.Text.Json;
using KepuBot.Conversation;

namespace KepuBot.Channels.WeChat;

/// <summary>
/// Delivers answers that missed the passive-reply window as customer-service messages, once they are ready.
/// Runs in the background; failures (no API permission, quota used, user unfollowed) are logged, never thrown.
/// </summary>
internal sealed partial class WeChatCustomerService(WeChatApiClient api, ReplyBook texts, IHostApplicationLifetime lifetime, ILogger<WeChatCustomerService> logger)
{
    public void SendWhenReady(string openId, string messageId, Task<AgentAnswer> turn) =>
        _ = Task.Run(() => SendAsync(openId, messageId, turn));

    private async Task SendAsync(string openId, string messageId, Task<AgentAnswer> turn)
    {
        string text;
        try
        {
            text = WeChatReplyFormatter.Format(await turn);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The user is waiting for an answer; an apology beats silence.
            LogTurnFailed(ex, messageId);
            text = texts.Text(ReplyKeys.WeChatUnavailable);
        }

        try
        {
            await api.SendTextAsync(openId, text, lifetime.ApplicationStopping);
            var bytes = Encoding.UTF8.GetByteCount(text);
            LogSent(messageId, bytes);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or JsonException)
        {
            LogSendFailed(ex, messageId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "WeChat turn for {MessageId} failed after the passive-reply window")]
    private partial void LogTurnFailed(Exception exception, string messageId);

    [LoggerMessage(Level = LogLevel.Information, Message = "WeChat answer for {MessageId} sent by customer-service message ({Bytes} bytes)")]
    private partial void LogSent(string messageId, int bytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "WeChat answer for {MessageId} could not be sent by customer-service message")]
    private partial void LogSendFailed(Exception exception, string messageId);
}
