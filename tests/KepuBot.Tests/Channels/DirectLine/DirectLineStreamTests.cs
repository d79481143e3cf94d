using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace KepuBot.Tests.Channels.DirectLine;

[Collection(DirectLineHostGroup.Name)]
public sealed class DirectLineStreamTests(DirectLineFixture dl)
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_stream_replays_the_welcome_then_pushes_echo_typing_and_the_answer_in_order()
    {
        var conversation = await dl.StartAsync("dl_bob");
        using var socket = await dl.Factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(conversation.StreamUrl), CancellationToken.None);

        var welcome = await ReceiveAsync(socket);
        Assert.Equal("1", welcome.GetProperty("watermark").GetString());
        Assert.Equal("bot", welcome.GetProperty("activities")[0].GetProperty("from").GetProperty("role").GetString());

        var (_, posted) = await dl.SendAsync(HttpMethod.Post, conversation.Activities, conversation.Token, DirectLineFixture.Message("吃隔夜菜会致癌吗", clientActivityId: "c-stream"));
        var echoId = posted.GetProperty("id").GetString();

        var echo = await ReceiveAsync(socket);
        Assert.Equal("2", echo.GetProperty("watermark").GetString());
        Assert.Equal(echoId, echo.GetProperty("activities")[0].GetProperty("id").GetString());
        Assert.Equal("c-stream", echo.GetProperty("activities")[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());

        var typing = await ReceiveAsync(socket);
        Assert.Equal("typing", typing.GetProperty("activities")[0].GetProperty("type").GetString());
        Assert.False(typing.TryGetProperty("watermark", out _));

        var answer = await ReceiveAsync(socket);
        Assert.Equal("3", answer.GetProperty("watermark").GetString());
        var reply = answer.GetProperty("activities")[0];
        Assert.Equal(echoId, reply.GetProperty("replyToId").GetString());
        Assert.Equal(ScriptedTurnPipeline.AnswerTo("吃隔夜菜会致癌吗"), reply.GetProperty("text").GetString());

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task A_stream_opened_at_a_watermark_replays_only_what_came_after()
    {
        var conversation = await dl.StartAsync();
        await dl.SendAsync(HttpMethod.Post, conversation.Activities, conversation.Token, DirectLineFixture.Message("第一个问题"));
        var (_, reconnect) = await dl.SendAsync(HttpMethod.Get, $"{DirectLineFixture.Base}/conversations/{conversation.ConversationId}?watermark=2", conversation.Token);

        using var socket = await dl.Factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(reconnect.GetProperty("streamUrl").GetString()!), CancellationToken.None);

        JsonElement frame;
        do
        {
            frame = await ReceiveAsync(socket);
        }
        while (frame.GetProperty("activities")[0].GetProperty("type").GetString() == "typing");

        Assert.Equal("3", frame.GetProperty("watermark").GetString());
        Assert.Equal(ScriptedTurnPipeline.AnswerTo("第一个问题"), frame.GetProperty("activities")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    public async Task A_stream_with_a_bad_token_is_refused_before_the_upgrade(string t)
    {
        var conversation = await dl.StartAsync();
        var url = conversation.StreamUrl[..(conversation.StreamUrl.IndexOf("&t=", StringComparison.Ordinal) + 3)] + t;

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => dl.Factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(url), CancellationToken.None));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_token_opens_only_its_own_conversation()
    {
        var mine = await dl.StartAsync();
        var theirs = await dl.StartAsync();
        var stolen = mine.StreamUrl.Replace(mine.ConversationId, theirs.ConversationId, StringComparison.Ordinal);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => dl.Factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(stolen), CancellationToken.None));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(FrameTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
        return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
    }
}
