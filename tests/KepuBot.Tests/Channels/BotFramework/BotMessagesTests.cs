using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KepuBot.Tests.Channels.BotFramework;

[Collection(BotFrameworkHostGroup.Name)]
public sealed class BotMessagesTests(BotFrameworkFixture bot)
{
    [Fact]
    public async Task A_question_is_answered_on_the_channel_with_sources_suggestions_and_flags()
    {
        // A Teams-style id: ':' ';' '=' must be escaped in the reply URL, and the /amer/ segment of serviceUrl kept.
        var conversationId = "a:1Xyz;messageid=" + Guid.NewGuid().ToString("N");
        var question = "有人自称警察让我转账到安全账户";
        var message = bot.Message(conversationId, question, id: "1700000000123");

        using var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await bot.Channel.NextAsync(conversationId, "message");
        Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/1700000000123", reply.Path);
        Assert.Equal("Bearer " + FakeChannelService.BotAccessToken, reply.Authorization);

        var body = reply.Body;
        Assert.Equal("1700000000123", body.GetProperty("replyToId").GetString());
        Assert.Equal(conversationId, body.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("28:kepubot", body.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("29:user-" + conversationId, body.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(ScriptedTurnPipeline.AnswerTo(question), body.GetProperty("text").GetString());
        Assert.Equal("zh-CN", body.GetProperty("locale").GetString());

        var card = Assert.Single(body.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        var lines = card.GetProperty("content").GetProperty("body").EnumerateArray().Select(b => b.GetProperty("text").GetString()).ToList();
        Assert.Equal(["参考来源", "1. 冒充公检法诈骗 › 三、怎样防范 › （一）不转账"], lines);

        var actions = body.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(ScriptedTurnPipeline.FollowUps, actions.Select(a => a.GetProperty("value").GetString()));
        Assert.All(actions, a => Assert.Equal("imBack", a.GetProperty("type").GetString()));

        var flags = body.GetProperty("channelData").GetProperty("kepubot").GetProperty("flags");
        Assert.True(flags.GetProperty("fraud").GetBoolean());
        Assert.Equal("high", flags.GetProperty("fraudRisk").GetString());
        Assert.False(flags.GetProperty("rumor").GetBoolean());
        Assert.Equal("high", body.GetProperty("importance").GetString());
    }

    [Fact]
    public async Task The_user_sees_typing_before_the_answer_and_the_agent_gets_the_channel_identity()
    {
        var conversationId = "typing-" + Guid.NewGuid().ToString("N");

        using var response = await bot.PostAsync(bot.Message(conversationId, "吃隔夜菜会致癌吗"));

        await bot.Channel.NextAsync(conversationId, "message");
        var types = bot.Channel.Calls.Where(c => c.ConversationId == conversationId).Select(c => c.Type).ToList();
        Assert.Equal(["typing", "message"], types);
        var turn = Assert.Single(bot.Pipeline.Requests, r => r.ConversationId == "bf:" + conversationId);
        Assert.Equal("botframework", turn.Channel);
        Assert.Equal("29:user-" + conversationId, turn.UserId);
        Assert.Equal("吃隔夜菜会致癌吗", turn.Text);
    }

    [Fact]
    public async Task Replies_carry_a_cached_client_credentials_token()
    {
        var first = "token-a-" + Guid.NewGuid().ToString("N");
        var second = "token-b-" + Guid.NewGuid().ToString("N");

        using (await bot.PostAsync(bot.Message(first, "问题一")))
        {
            await bot.Channel.NextAsync(first, "message");
        }

        using (await bot.PostAsync(bot.Message(second, "问题二")))
        {
            await bot.Channel.NextAsync(second, "message");
        }

        var request = Assert.Single(bot.Channel.TokenRequests);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal(JwtVector.AppId, request["client_id"]);
        Assert.Equal("app-password", request["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request["scope"]);
    }

    [Fact]
    public async Task A_new_member_is_welcomed_with_suggested_questions_but_the_bot_joining_is_not()
    {
        var conversationId = "welcome-" + Guid.NewGuid().ToString("N");
        var botJoins = ConversationUpdate(conversationId, "28:kepubot");
        var userJoins = ConversationUpdate(conversationId, "28:kepubot", "29:newcomer");

        using (var response = await bot.PostAsync(botJoins))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (await bot.PostAsync(userJoins))
        {
            var welcome = await bot.Channel.NextAsync(conversationId, "message");
            Assert.Equal($"/amer/v3/conversations/{conversationId}/activities", welcome.Path);
            Assert.Contains("科普问答助手", welcome.Body.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Equal(3, welcome.Body.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());
        }

        await Task.Delay(300);
        Assert.Single(bot.Channel.Calls, c => c.ConversationId == conversationId);
    }

    [Fact]
    public async Task ExpectReplies_returns_the_answer_in_the_response_instead_of_calling_the_channel()
    {
        var conversationId = "expect-" + Guid.NewGuid().ToString("N");
        var message = bot.Message(conversationId, "基层科协的三长是哪三长", id: "m-42");
        message["deliveryMode"] = "expectReplies";

        using var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var reply = Assert.Single(body.GetProperty("activities").EnumerateArray());
        Assert.Equal("m-42", reply.GetProperty("replyToId").GetString());
        Assert.Equal(ScriptedTurnPipeline.AnswerTo("基层科协的三长是哪三长"), reply.GetProperty("text").GetString());
        Assert.True(reply.TryGetProperty("suggestedActions", out _));

        await Task.Delay(300);
        Assert.DoesNotContain(bot.Channel.Calls, c => c.ConversationId == conversationId);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    [InlineData("someFutureType")]
    public async Task Other_activity_types_are_accepted_without_an_answer(string type)
    {
        var conversationId = type + "-" + Guid.NewGuid().ToString("N");
        var activity = bot.Message(conversationId, "不应回答");
        activity["type"] = type;

        using var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(300);
        Assert.Equal(0, bot.Pipeline.CountFor("bf:" + conversationId));
        Assert.DoesNotContain(bot.Channel.Calls, c => c.ConversationId == conversationId);
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_answered_once()
    {
        var conversationId = "dup-" + Guid.NewGuid().ToString("N");
        var message = bot.Message(conversationId, "重复投递的问题", id: "retry-1");

        using (var first = await bot.PostAsync(message))
        using (var second = await bot.PostAsync(message))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        await bot.Channel.NextAsync(conversationId, "message");
        await Task.Delay(300);
        Assert.Equal(1, bot.Pipeline.CountFor("bf:" + conversationId));
        Assert.Single(bot.Channel.Calls, c => c.ConversationId == conversationId && c.Type == "message");
    }

    [Fact]
    public async Task Simultaneous_redeliveries_are_answered_once()
    {
        var conversationId = "burst-" + Guid.NewGuid().ToString("N");
        var message = bot.Message(conversationId, "同时重复投递", id: "burst-1");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => bot.PostAsync(message)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await bot.Channel.NextAsync(conversationId, "message");
        await Task.Delay(300);
        Assert.Equal(1, bot.Pipeline.CountFor("bf:" + conversationId));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_failing_agent_gives_the_user_an_apology_not_silence()
    {
        var conversationId = "fail-" + Guid.NewGuid().ToString("N");

        using var response = await bot.PostAsync(bot.Message(conversationId, ScriptedTurnPipeline.FailOn));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await bot.Channel.NextAsync(conversationId, "message");
        Assert.Contains("抱歉", reply.Body.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_picture_without_text_gets_a_text_only_notice()
    {
        var conversationId = "picture-" + Guid.NewGuid().ToString("N");
        var message = bot.Message(conversationId, "");
        message.Remove("text");
        message["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "https://example.com/a.png" });

        using var response = await bot.PostAsync(message);

        var reply = await bot.Channel.NextAsync(conversationId, "message");
        Assert.Contains("文字", reply.Body.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, bot.Pipeline.CountFor("bf:" + conversationId));
    }

    private JsonObject ConversationUpdate(string conversationId, params string[] added)
    {
        var update = bot.Message(conversationId, string.Empty);
        update.Remove("text");
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray([.. added.Select(id => (JsonNode)new JsonObject { ["id"] = id })]);
        return update;
    }
}
