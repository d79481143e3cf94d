using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace KepuBot.Tests.Channels.BotFramework;

/// <summary>With Bot:AppId set, only activities carrying a valid channel token get through.</summary>
[Collection(BotFrameworkHostGroup.Name)]
public sealed class BotAuthenticationTests(BotFrameworkFixture bot)
{
    public static TheoryData<string, Func<string, string?>> BadTokens => new()
    {
        { "no token", _ => null },
        { "not a JWT", _ => "not-a-jwt" },
        { "unsigned (alg none)", Unsigned },
        { "signed by another key", url => { using var other = RSA.Create(2048); return ChannelTokens.Mint(url, signingKey: other); } },
        { "expired beyond the 5-minute skew", url => ChannelTokens.Mint(url, expires: DateTime.UtcNow.AddMinutes(-6)) },
        { "for another bot", url => ChannelTokens.Mint(url, audience: "99999999-9999-9999-9999-999999999999") },
        { "from another issuer", url => ChannelTokens.Mint(url, issuer: "https://evil.example") },
        { "for another serviceUrl", _ => ChannelTokens.Mint("https://evil.example/") },
        { "without a serviceurl claim", _ => ChannelTokens.Mint(null) },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_request_without_a_valid_channel_token_is_refused_with_401(string why, Func<string, string?> token)
    {
        var conversationId = "auth-" + Guid.NewGuid().ToString("N");
        var message = bot.Message(conversationId, "问题");
        var logMark = bot.Logs.Mark();

        using var response = await bot.PostAsync(message.ToJsonString(), token(bot.Channel.ServiceUrl));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, why);
        await Task.Delay(200);
        Assert.Equal(0, bot.Pipeline.CountFor("bf:" + conversationId));
        Assert.DoesNotContain(bot.Channel.Calls, c => c.ConversationId == conversationId);
        Assert.True(bot.Logs.AnySince(logMark, "Refused Bot Framework activity"), why);
    }

    [Fact]
    public async Task A_token_that_expired_within_the_clock_skew_is_still_accepted()
    {
        var message = bot.Message("skew-" + Guid.NewGuid().ToString("N"), "问题");
        message["type"] = "typing";

        using var response = await bot.PostAsync(message.ToJsonString(), ChannelTokens.Mint(bot.Channel.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_channel_the_signing_key_is_not_endorsed_for_is_refused()
    {
        var message = bot.Message("slack-" + Guid.NewGuid().ToString("N"), "问题");
        message["channelId"] = "slack";

        using var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_token_is_accepted_whatever_the_case_of_the_serviceUrl_claim()
    {
        var conversationId = "good-" + Guid.NewGuid().ToString("N");
        var message = bot.Message(conversationId, "问题");

        using var response = await bot.PostAsync(message.ToJsonString(), ChannelTokens.Mint(bot.Channel.ServiceUrl.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.Channel.NextAsync(conversationId, "message");
    }

    private static string Unsigned(string serviceUrl)
    {
        static string Part(JsonObject o) => Convert.ToBase64String(Encoding.UTF8.GetBytes(o.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = JwtVector.KeyId };
        var payload = new JsonObject
        {
            ["iss"] = ChannelTokens.Issuer,
            ["aud"] = JwtVector.AppId,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now - 60,
            ["exp"] = now + 3600,
        };
        return Part(header) + "." + Part(payload) + ".";
    }
}
