using System.Net;

namespace KepuBot.Tests.Channels.WeChat;

public sealed class WeChatChannelOffTests(KepuBotFactory factory) : IClassFixture<KepuBotFactory>
{
    [Fact]
    public async Task Without_a_token_there_is_no_WeChat_endpoint()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/wechat?signature=a&timestamp=1&nonce=2&echostr=3", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
