using System.Text.Json;

namespace KepuBot.Tests.Channels.DirectLine;

[Collection(DirectLineHostGroup.Name)]
public sealed class DirectLineRestTests(DirectLineFixture dl)
{
    [Fact]
    public async Task A_conversation_greets_echoes_the_question_answers_it_and_pages_by_watermark()
    {
        var conversation = await dl.StartAsync("dl_alice");

        var (_, welcome) = await dl.SendAsync(HttpMethod.Get, conversation.Activities, conversation.Token);
        Assert.Equal("1", welcome.GetProperty("watermark").GetString());
        var greeting = Assert.Single(welcome.GetProperty("activities").EnumerateArray());
        Assert.Equal("bot", greeting.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(3, greeting.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());

        // The client claims to be someone else; the user embedded in the token wins.
        var (posted, id) = await dl.SendAsync(HttpMethod.Post, conversation.Activities, conversation.Token, DirectLineFixture.Message("冒充警察让我转账怎么办", fromId: "mallory", clientActivityId: "c-77"));
        Assert.Equal(200, posted.Status);
        var echoId = id.GetProperty("id").GetString();

        var set = await Eventually.GetValueAsync(
            async () =>
            {
                var (_, set) = await dl.SendAsync(HttpMethod.Get, conversation.Activities + "?watermark=1", conversation.Token);
                return set.GetProperty("activities").GetArrayLength() == 2 ? (JsonElement?)set : null;
            },
            "the echo and the answer");
        Assert.Equal("3", set.GetProperty("watermark").GetString());
        var echo = set.GetProperty("activities")[0];
        var answer = set.GetProperty("activities")[1];

        Assert.Equal(echoId, echo.GetProperty("id").GetString());
        Assert.Equal("dl_alice", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("c-77", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("Asia/Shanghai", echo.GetProperty("localTimezone").GetString());

        Assert.Equal(echoId, answer.GetProperty("replyToId").GetString());
        Assert.Equal("kepubot", answer.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("dl_alice", answer.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(ScriptedTurnPipeline.AnswerTo("冒充警察让我转账怎么办"), answer.GetProperty("text").GetString());
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        Assert.Equal(2, answer.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());
        Assert.True(answer.GetProperty("channelData").GetProperty("kepubot").GetProperty("flags").GetProperty("fraud").GetBoolean());

        var turn = Assert.Single(dl.Pipeline.Requests, r => r.ConversationId == "dl:" + conversation.ConversationId);
        Assert.Equal("directline", turn.Channel);
        Assert.Equal("dl_alice", turn.UserId);

        var (_, after) = await dl.SendAsync(HttpMethod.Get, conversation.Activities + "?watermark=3", conversation.Token);
        Assert.Equal(0, after.GetProperty("activities").GetArrayLength());
        Assert.Equal("3", after.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Starting_again_with_the_same_token_returns_200_and_no_second_welcome()
    {
        var conversation = await dl.StartAsync();

        var (again, body) = await dl.SendAsync(HttpMethod.Post, DirectLineFixture.Base + "/conversations", conversation.Token, "{}");

        Assert.Equal(200, again.Status);
        Assert.Equal(conversation.ConversationId, body.GetProperty("conversationId").GetString());
        var (_, set) = await dl.SendAsync(HttpMethod.Get, conversation.Activities, conversation.Token);
        Assert.Equal(1, set.GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public async Task The_secret_starts_a_conversation_and_returns_a_token_for_it()
    {
        var (started, body) = await dl.SendAsync(HttpMethod.Post, DirectLineFixture.Base + "/conversations", DirectLineFixture.Secret);

        Assert.Equal(201, started.Status);
        var conversationId = body.GetProperty("conversationId").GetString();
        Assert.StartsWith("ws://", body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        Assert.True(body.GetProperty("expires_in").GetInt32() > 0);
        var (read, _) = await dl.SendAsync(HttpMethod.Get, $"{DirectLineFixture.Base}/conversations/{conversationId}/activities", body.GetProperty("token").GetString());
        Assert.Equal(200, read.Status);
    }

    [Fact]
    public async Task A_refreshed_token_keeps_working_for_the_same_conversation()
    {
        var conversation = await dl.StartAsync();

        var (refreshed, body) = await dl.SendAsync(HttpMethod.Post, DirectLineFixture.Base + "/tokens/refresh", conversation.Token);

        Assert.Equal(200, refreshed.Status);
        Assert.Equal(conversation.ConversationId, body.GetProperty("conversationId").GetString());
        var (read, _) = await dl.SendAsync(HttpMethod.Get, conversation.Activities, body.GetProperty("token").GetString());
        Assert.Equal(200, read.Status);
    }

    [Fact]
    public async Task Reconnecting_gives_a_fresh_stream_url_that_resumes_at_the_watermark()
    {
        var conversation = await dl.StartAsync();

        var (reconnected, body) = await dl.SendAsync(HttpMethod.Get, $"{DirectLineFixture.Base}/conversations/{conversation.ConversationId}?watermark=1", conversation.Token);

        Assert.Equal(200, reconnected.Status);
        var streamUrl = body.GetProperty("streamUrl").GetString()!;
        Assert.Contains($"/conversations/{conversation.ConversationId}/stream?watermark=1&t=", streamUrl, StringComparison.Ordinal);
        Assert.NotEqual(conversation.StreamUrl, streamUrl);
    }

    [Fact]
    public async Task The_chat_page_token_is_for_a_fresh_anonymous_user_and_never_reveals_the_secret()
    {
        var (issued, body) = await dl.SendAsync(HttpMethod.Get, "/api/directline/token", null);

        Assert.Equal(200, issued.Status);
        Assert.DoesNotContain(DirectLineFixture.Secret, issued.Body, StringComparison.Ordinal);
        var userId = body.GetProperty("userId").GetString()!;
        Assert.StartsWith("dl_", userId, StringComparison.Ordinal);
        var token = body.GetProperty("token").GetString();
        var (started, conversation) = await dl.SendAsync(HttpMethod.Post, DirectLineFixture.Base + "/conversations", token, "{}");
        Assert.Equal(201, started.Status);

        var activities = $"{DirectLineFixture.Base}/conversations/{conversation.GetProperty("conversationId").GetString()}/activities";
        await dl.SendAsync(HttpMethod.Post, activities, token, DirectLineFixture.Message("你好", fromId: "someone-else"));
        var (_, set) = await dl.SendAsync(HttpMethod.Get, activities + "?watermark=1", token);
        Assert.Equal(userId, set.GetProperty("activities")[0].GetProperty("from").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("{\"type\":\"message\",", "application/json", 400)]
    [InlineData("{\"text\":\"没有类型\"}", "application/json", 400)]
    [InlineData("type=message", "application/x-www-form-urlencoded", 415)]
    public async Task A_broken_activity_is_refused_with_a_Direct_Line_error(string body, string contentType, int status)
    {
        var conversation = await dl.StartAsync();
        var logMark = dl.Logs.Mark();

        var (posted, error) = await dl.SendAsync(HttpMethod.Post, conversation.Activities, conversation.Token, body, contentType);

        Assert.Equal(status, posted.Status);
        Assert.Equal("BadArgument", error.GetProperty("error").GetProperty("code").GetString());
        Assert.True(dl.Logs.AnySince(logMark, $"Refused Direct Line POST /v3/directline/conversations/{{conversationId}}/activities with {status} BadArgument"));
    }

    [Theory]
    [InlineData("{\"user\":", "application/json", 400)]
    [InlineData("{\"user\":{\"id\":42}}", "application/json", 400)]
    [InlineData("user=dl_someone", "application/x-www-form-urlencoded", 415)]
    public async Task A_broken_tokens_generate_body_is_refused_and_logged(string body, string contentType, int status)
    {
        var logMark = dl.Logs.Mark();

        var (generated, error) = await dl.SendAsync(HttpMethod.Post, DirectLineFixture.Base + "/tokens/generate", DirectLineFixture.Secret, body, contentType);

        Assert.Equal(status, generated.Status);
        Assert.Equal("BadArgument", error.GetProperty("error").GetProperty("code").GetString());
        Assert.True(dl.Logs.AnySince(logMark, $"Refused Direct Line POST /v3/directline/tokens/generate with {status}"));
    }

    [Fact]
    public async Task An_oversized_activity_gets_413()
    {
        var conversation = await dl.StartAsync();

        var (posted, _) = await dl.SendAsync(HttpMethod.Post, conversation.Activities, conversation.Token, DirectLineFixture.Message(new string('科', 200_000)));

        Assert.Equal(413, posted.Status);
    }

    [Fact]
    public async Task Without_a_user_in_token_or_activity_the_post_is_refused()
    {
        var (_, started) = await dl.SendAsync(HttpMethod.Post, DirectLineFixture.Base + "/conversations", DirectLineFixture.Secret);
        var activities = $"{DirectLineFixture.Base}/conversations/{started.GetProperty("conversationId").GetString()}/activities";

        var (posted, _) = await dl.SendAsync(HttpMethod.Post, activities, started.GetProperty("token").GetString(), """{"type":"message","text":"谁在说话"}""");

        Assert.Equal(400, posted.Status);
    }

    /// <summary>Calls that are well-formed HTTP but wrong for Direct Line, and the client error each gets.</summary>
    public static TheoryData<string, string, string, int> Misdirected => new()
    {
        { "POST", "/tokens/generate", "token", 403 },
        { "POST", "/tokens/refresh", "secret", 403 },
        { "GET", "/conversations/nope", "secret", 404 },
        { "GET", "/conversations/nope/activities", "secret", 404 },
        { "POST", "/conversations/nope/activities", "secret", 404 },
        { "GET", "/conversations/{id}/activities?watermark=abc", "token", 400 },
        { "GET", "/conversations/{id}?watermark=-1", "token", 400 },
        { "GET", "/conversations/{id}/stream?t=x", "token", 400 },
        { "PUT", "/conversations/{id}/activities", "token", 405 },
    };

    [Theory]
    [MemberData(nameof(Misdirected))]
    public async Task A_misdirected_call_gets_the_right_client_error(string method, string path, string credential, int status)
    {
        var conversation = await dl.StartAsync();

        var (result, _) = await dl.CallAsync(method, path, conversation.ConversationId, credential == "secret" ? DirectLineFixture.Secret : conversation.Token);

        Assert.Equal(status, result.Status);
    }
}
