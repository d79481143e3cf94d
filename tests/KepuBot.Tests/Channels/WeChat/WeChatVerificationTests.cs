using System.Net;

namespace KepuBot.Tests.Channels.WeChat;

[Collection(WeChatHostDefinition.Name)]
public sealed class WeChatVerificationTests(WeChatHost host)
{
    [Fact]
    public async Task A_correctly_signed_check_gets_echostr_back_verbatim()
    {
        var v = host.Vectors;
        using var response = await host.Client.GetAsync(new Uri($"/wechat?signature={v.PlainSignature}&timestamp={v.Timestamp}&nonce={v.Nonce}&echostr=5837397520665436492", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("5837397520665436492", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrongly_signed_check_is_refused_without_the_echo()
    {
        var v = host.Vectors;
        using var response = await host.Client.GetAsync(new Uri($"/wechat?signature={v.PlainSignature}&timestamp={v.Timestamp}&nonce=123&echostr=5837397520665436492", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("5837397520665436492", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/wechat")]
    [InlineData("/wechat?timestamp=1700000000&nonce=987654321&echostr=1")]
    [InlineData("/wechat?signature=cfa6275f82e45e08a06f0317cbfec49b2af7c794&nonce=987654321&echostr=1")]
    [InlineData("/wechat?signature=cfa6275f82e45e08a06f0317cbfec49b2af7c794&timestamp=1700000000&echostr=1")]
    [InlineData("/wechat?signature=cfa6275f82e45e08a06f0317cbfec49b2af7c794&timestamp=1700000000&nonce=987654321")]
    public async Task A_check_missing_a_parameter_is_a_bad_request(string url)
    {
        using var response = await host.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
