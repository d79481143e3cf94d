using System.Net;
using System.Text.Json.Nodes;

namespace KepuBot.Tests.Channels.BotFramework;

/// <summary>Broken requests get a 4xx and a log line, never a 500, and never reach the agent.</summary>
[Collection(BotFrameworkHostGroup.Name)]
public sealed class BadActivityTests(BotFrameworkFixture bot)
{
    [Fact]
    public async Task Malformed_JSON_gets_400()
    {
        var logMark = bot.Logs.Mark();

        using var response = await bot.PostAsync("{\"type\":\"message\",", ChannelTokens.Mint(bot.Channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(bot.Logs.AnySince(logMark, "Rejected Bot Framework request with 400"));
    }

    [Fact]
    public async Task A_field_of_the_wrong_JSON_type_gets_400()
    {
        var message = bot.Message("wrongtype-" + Guid.NewGuid().ToString("N"), "问题");
        message["from"] = 42;

        using var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_gets_415()
    {
        using var response = await bot.PostAsync("type=message&text=hi", ChannelTokens.Mint(bot.Channel.ServiceUrl), "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var message = bot.Message("big-" + Guid.NewGuid().ToString("N"), new string('科', 200_000));

        using var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("conversation")]
    [InlineData("from")]
    [InlineData("serviceUrl")]
    public async Task A_message_missing_a_required_field_gets_400(string field)
    {
        var conversationId = "missing-" + Guid.NewGuid().ToString("N");
        var message = bot.Message(conversationId, "问题");
        message.Remove(field);

        using var response = await bot.PostAsync(message.ToJsonString(), ChannelTokens.Mint(bot.Channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, bot.Pipeline.CountFor("bf:" + conversationId));
    }

    [Fact]
    public async Task A_serviceUrl_that_is_not_http_gets_400()
    {
        var message = bot.Message("ftp-" + Guid.NewGuid().ToString("N"), "问题");
        message["serviceUrl"] = "ftp://example.com/";

        using var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GET_is_not_allowed()
    {
        using var response = await bot.Client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task An_activity_of_an_unknown_type_is_acknowledged_logged_and_not_answered()
    {
        var conversationId = "unknown-" + Guid.NewGuid().ToString("N");
        var activity = bot.Message(conversationId, "问题");
        activity["type"] = "holographicCall";

        using var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(bot.Logs.Any("ignored an activity of unknown type holographicCall"));
        Assert.Equal(0, bot.Pipeline.CountFor("bf:" + conversationId));
    }

    [Fact]
    public async Task An_invoke_gets_501_as_the_Bot_Framework_SDK_answers_an_unhandled_invoke()
    {
        var activity = bot.Message("invoke-" + Guid.NewGuid().ToString("N"), "问题");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";

        using var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.True(bot.Logs.Any("Answered an invoke adaptiveCard/action"));
    }

    [Fact]
    public async Task An_empty_array_body_gets_400()
    {
        using var response = await bot.PostAsync(new JsonArray().ToJsonString(), ChannelTokens.Mint(bot.Channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
