using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KepuBot.Channels.WeChat;

namespace KepuBot.Tests.Channels;

/// <summary>
/// A question over <c>Conversation:MaxQuestionLength</c> gets the "too long" message on every channel, as it does on
/// <c>/api/ask</c>, and leaves no exception in the log; it used to get a generic apology and a stack trace. Each test
/// runs its own service, so the log it checks holds that test's requests alone.
/// </summary>
public sealed class OverLengthQuestionTests
{
    private const string TooLong = "问题太长了，请控制在1000字以内。";

    private static readonly string Question = "请问" + new string('科', 1_000);

    [Fact]
    public async Task Bot_Framework_replies_that_the_question_is_too_long()
    {
        await using var service = LoggedService.Start();
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "long-1",
            ["channelId"] = "msteams",
            ["deliveryMode"] = "expectReplies",
            ["serviceUrl"] = "https://smba.example.invalid/",
            ["from"] = new JsonObject { ["id"] = "29:user-long" },
            ["recipient"] = new JsonObject { ["id"] = "28:kepubot" },
            ["conversation"] = new JsonObject { ["id"] = "conv-long" },
            ["text"] = Question,
        };

        using var response = await service.Client.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), activity);

        response.EnsureSuccessStatusCode();
        var replies = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activities");
        Assert.Equal(TooLong, replies[0].GetProperty("text").GetString());
        service.AssertNoExceptionLogged();
    }

    [Fact]
    public async Task Direct_Line_replies_that_the_question_is_too_long()
    {
        await using var service = LoggedService.Start();
        var client = service.Client;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LoggedService.DirectLineSecret);
        using var started = await client.PostAsync(new Uri("/v3/directline/conversations", UriKind.Relative), null);
        var conversation = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString();
        var activities = new Uri($"/v3/directline/conversations/{conversation}/activities", UriKind.Relative);

        using var posted = await client.PostAsJsonAsync(activities, new { type = "message", from = new { id = "dl_long" }, text = Question });
        posted.EnsureSuccessStatusCode();
        var postedId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var reply = await Eventually.GetAsync(
            async () =>
            {
                var set = await client.GetFromJsonAsync<JsonElement>(activities);
                return set.GetProperty("activities").EnumerateArray()
                    .Where(a => a.TryGetProperty("replyToId", out var to) && to.GetString() == postedId && a.GetProperty("type").GetString() == "message")
                    .Select(a => a.GetProperty("text").GetString())
                    .FirstOrDefault();
            },
            "the bot's reply");
        Assert.Equal(TooLong, reply);
        service.AssertNoExceptionLogged();
    }

    [Fact]
    public async Task WeChat_replies_that_the_question_is_too_long()
    {
        await using var service = LoggedService.Start();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var query = $"signature={WeChatSignature.Compute(LoggedService.WeChatToken, timestamp, "31337")}&timestamp={timestamp}&nonce=31337&openid=o_long";
        var xml = $"<xml><ToUserName><![CDATA[gh_kepu]]></ToUserName><FromUserName><![CDATA[o_long]]></FromUserName><CreateTime>{timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{Question}]]></Content><MsgId>7001</MsgId></xml>";

        using var response = await service.Client.PostAsync(new Uri("/wechat?" + query, UriKind.Relative), new StringContent(xml, Encoding.UTF8, "text/xml"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<Content><![CDATA[{TooLong}]]></Content>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        service.AssertNoExceptionLogged();
    }
}
