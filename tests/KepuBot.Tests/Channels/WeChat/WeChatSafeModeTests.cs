using System.Globalization;
using System.Net;
using KepuBot.Channels.WeChat;
using KepuBot.Conversation;

namespace KepuBot.Tests.Channels.WeChat;

/// <summary>Safe mode through the host, run at the time the vector was signed so its signatures are still fresh.</summary>
[Collection(WeChatHostDefinition.Name)]
public sealed class WeChatSafeModeTests(WeChatHost host) : IDisposable
{
    private readonly IDisposable _atVectorTime =
        host.Clock.TravelTo(DateTimeOffset.FromUnixTimeSeconds(long.Parse(host.Vectors.Timestamp, CultureInfo.InvariantCulture)).AddSeconds(2));

    private WeChatVectors V => host.Vectors;

    public void Dispose() => _atVectorTime.Dispose();

    private string SafeQuery(string msgSignature) =>
        $"signature={V.PlainSignature}&timestamp={V.Timestamp}&nonce={V.Nonce}&openid={WeChatHost.OpenId}&encrypt_type=aes&msg_signature={msgSignature}";

    // A message of the test's own, signed as WeChat signs each one: with a fresh nonce.
    private string SafeQueryFor(string encrypt)
    {
        var nonce = host.NewNonce();
        return $"signature={WeChatSignature.Compute(V.Token, V.Timestamp, nonce)}&timestamp={V.Timestamp}&nonce={nonce}&openid={WeChatHost.OpenId}"
            + $"&encrypt_type=aes&msg_signature={WeChatSignature.Compute(V.Token, V.Timestamp, nonce, encrypt)}";
    }

    private static string Envelope(string encrypt) =>
        $"<xml><ToUserName><![CDATA[{WeChatHost.Account}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";

    [Fact]
    public async Task The_vector_request_is_decrypted_answered_and_the_reply_encrypted_and_signed()
    {
        host.Pipeline.Script("你好", new AgentAnswer { Answer = "你好！有什么可以帮你？", Intent = Intent.Greeting, Grounded = false });

        using var response = await host.PostAsync(Envelope(V.InboundEncrypt), SafeQuery(V.InboundMsgSignature));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var envelope = WeChatHost.ReplyFields(await response.Content.ReadAsStringAsync());
        Assert.Equal(["Encrypt", "MsgSignature", "TimeStamp", "Nonce"], envelope.Keys);
        var timestamp = long.Parse(envelope["TimeStamp"], CultureInfo.InvariantCulture);
        Assert.InRange(timestamp, host.Clock.GetUtcNow().ToUnixTimeSeconds() - 60, host.Clock.GetUtcNow().ToUnixTimeSeconds() + 1); // seconds, not ms
        Assert.Equal(envelope["MsgSignature"], WeChatSignature.Compute(V.Token, envelope["TimeStamp"], envelope["Nonce"], envelope["Encrypt"]));

        var reply = WeChatHost.ReplyFields(new WeChatCrypto(V.EncodingAesKey, V.AppId).Decrypt(envelope["Encrypt"])!);
        Assert.Equal(WeChatHost.OpenId, reply["ToUserName"]);
        Assert.Equal(WeChatHost.Account, reply["FromUserName"]);
        Assert.Equal("text", reply["MsgType"]);
        Assert.Equal("你好！有什么可以帮你？", reply["Content"]);
        Assert.Equal(1, host.Pipeline.CallsFor("你好"));
    }

    [Fact]
    public async Task An_unanswerable_safe_mode_message_is_acknowledged_with_an_empty_body()
    {
        var crypto = new WeChatCrypto(V.EncodingAesKey, V.AppId);
        var encrypt = crypto.Encrypt(Inbound.Image(host.NewMsgId()));

        using var response = await host.PostAsync(Envelope(encrypt), SafeQueryFor(encrypt));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_msg_signature_is_refused()
    {
        using var response = await host.PostAsync(Envelope(V.InboundEncrypt), SafeQuery(V.ReplyMsgSignature));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_ciphertext_from_another_account_is_a_bad_request()
    {
        var foreign = new WeChatCrypto(V.EncodingAesKey, "wx0000000000000000").Encrypt(Inbound.Text("你好", host.NewMsgId()));

        using var response = await host.PostAsync(Envelope(foreign), SafeQueryFor(foreign));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_encrypted_request_without_Encrypt_is_a_bad_request()
    {
        using var response = await host.PostAsync($"<xml><ToUserName><![CDATA[{WeChatHost.Account}]]></ToUserName></xml>", SafeQuery(V.InboundMsgSignature));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
