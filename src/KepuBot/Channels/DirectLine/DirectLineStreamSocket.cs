using System.Net.WebSockets;
using System.Text.Json;
using KepuBot.Channels.Activities;
using KepuBot.Channels.Traffic;

namespace KepuBot.Channels.DirectLine;

/// <summary>
/// The WebSocket at a conversation's streamUrl: replays activities after the watermark, then pushes each new one as
/// an <c>{activities, watermark}</c> text frame. What the client sends (empty pings) is read and ignored.
/// </summary>
public sealed class DirectLineStreamSocket(DirectLineTokens tokens, IConversationLog log, ChatOrigins origins, IHostApplicationLifetime lifetime)
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    public async Task<IResult> HandleAsync(HttpContext context, string conversationId, string? watermark, string? t)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("WebSocket upgrade expected");
        }

        // Browsers do not apply CORS to WebSockets, so a page on a foreign site is refused here instead.
        if (!origins.Allows(context.Request))
        {
            return DirectLineErrors.Result(StatusCodes.Status403Forbidden, "BadArgument", "this page's origin may not open the stream");
        }

        // Refused before the upgrade, so the client sees a plain 403 rather than an opened-then-closed socket.
        var auth = await tokens.CheckAsync(t ?? string.Empty, DirectLineTokens.StreamScope);
        if (auth.Caller is not { } caller)
        {
            return auth.ToResult();
        }

        if (!caller.CanAccess(conversationId))
        {
            return DirectLineErrors.Result(StatusCodes.Status403Forbidden, "BadArgument", "stream token is for another conversation");
        }

        if (!await log.ExistsAsync(conversationId, context.RequestAborted))
        {
            return DirectLineErrors.NotFound();
        }

        if (!DirectLineConversationsApi.TryParseWatermark(watermark, out var from))
        {
            return DirectLineErrors.BadArgument("watermark must be a number");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var reading = DrainUntilClosedAsync(socket, done);
        try
        {
            await foreach (var frame in log.WatchAsync(conversationId, from, done.Token))
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(frame, ActivityJson.Options);
                await socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, done.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client left or the service is stopping.
        }

        await CloseAsync(socket);
        await reading;
        return Results.Empty;
    }

    private static async Task DrainUntilClosedAsync(WebSocket socket, CancellationTokenSource done)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, done.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed underneath us.
        }

        await done.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Best effort.
        }
    }
}
