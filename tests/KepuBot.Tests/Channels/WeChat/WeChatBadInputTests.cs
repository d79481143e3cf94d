using System.Net;
using System.Text;

namespace KepuBot.Tests.Channels.WeChat;

[Collection(WeChatHostDefinition.Name)]
public sealed class WeChatBadInputTests(WeChatHost host)
{
    [Theory]
    [InlineData("<xml><ToUserName>")]
    [InlineData("not xml at all")]
    [InlineData("<message><MsgType>text</MsgType></message>")]
    [InlineData("<xml><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[缺少发送者]]></Content></xml>")]
    public async Task Malformed_or_incomplete_XML_is_a_bad_request(string body)
    {
        using var response = await host.PostAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // Complete messages, so nothing but the refusal of DTDs can stop them: were the DTD processed, the entity would
    // become the question (the server's /etc/passwd, or the word 实体) and be answered.
    [Theory]
    [InlineData("<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("<!DOCTYPE xml [<!ENTITY x \"实体\">]>")]
    public async Task A_DTD_is_refused_even_in_a_complete_message_and_nothing_is_answered(string doctype)
    {
        var xml = doctype + Inbound.Text("PLACEHOLDER", host.NewMsgId()).Replace("<![CDATA[PLACEHOLDER]]>", "&x;", StringComparison.Ordinal);
        var asked = host.Pipeline.Requests.Count;

        using var response = await host.PostAsync(xml);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(asked, host.Pipeline.Requests.Count);
        Assert.Equal(0, host.Pipeline.CallsFor("实体"));
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var huge = Inbound.Text(new string('长', 30_000), host.NewMsgId());
        Assert.True(Encoding.UTF8.GetByteCount(huge) > 64 * 1024);

        using var response = await host.PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_without_a_length_header_is_refused_with_413()
    {
        var huge = Encoding.UTF8.GetBytes(Inbound.Text(new string('长', 30_000), host.NewMsgId()));
        var content = new StreamContent(new UnsizedStream(huge));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/xml");

        using var response = await host.PostAsync(content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_non_XML_content_type_is_refused_with_415(string contentType)
    {
        using var response = await host.PostAsync(Inbound.Text("你好", host.NewMsgId()), contentType: contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_message_with_a_bad_signature_is_refused_and_not_answered()
    {
        const string Question = "伪造签名的问题";
        using var response = await host.PostAsync(Inbound.Text(Question, host.NewMsgId()), host.SignedQuery(nonce: "424242").Replace("nonce=424242", "nonce=424243", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, host.Pipeline.CallsFor(Question));
    }

    [Fact]
    public async Task A_message_without_signature_parameters_is_a_bad_request()
    {
        using var response = await host.PostAsync(Inbound.Text("你好", host.NewMsgId()), "openid=" + WeChatHost.OpenId);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
