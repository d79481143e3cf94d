using System.Text;
using KepuBot.Channels.WeChat;

namespace KepuBot.Tests.Channels.WeChat;

public sealed class WeChatCryptoTests
{
    private readonly WeChatVectors _v = WeChatVectors.Load();

    private WeChatCrypto Crypto => new(_v.EncodingAesKey, _v.AppId);

    [Fact]
    public void Decrypts_the_inbound_vector_to_the_text_message()
    {
        Assert.Equal(_v.InboundXml, Crypto.Decrypt(_v.InboundEncrypt));
    }

    [Fact]
    public void Encrypts_both_vectors_byte_for_byte_given_their_random_prefix()
    {
        Assert.Equal(_v.InboundEncrypt, Crypto.Encrypt(_v.InboundXml, Encoding.ASCII.GetBytes(_v.InboundRandom)));
        Assert.Equal(_v.ReplyEncrypt, Crypto.Encrypt(_v.ReplyXml, Encoding.ASCII.GetBytes(_v.ReplyRandom)));
        Assert.Equal(_v.InboundPaddedLen, Convert.FromBase64String(_v.InboundEncrypt).Length);
    }

    [Fact]
    public void Decrypts_Tencents_published_sample_whose_pad_byte_exceeds_the_AES_block()
    {
        // Tencent's sample from Senparc's Tencent/Sample.cs (PROTOCOLS.md A.1): pad byte 30, which .NET's PKCS7 mode rejects.
        const string Encrypt = "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";
        var crypto = new WeChatCrypto("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "wx5823bf96d3bd56c7");

        var xml = crypto.Decrypt(Encrypt);

        Assert.NotNull(xml);
        Assert.Equal(284, Encoding.UTF8.GetByteCount(xml));
        Assert.Contains("<Content><![CDATA[hello]]></Content>", xml, StringComparison.Ordinal);
        Assert.Equal("477715d11cdb4164915debcba66cb864d751f3e6", WeChatSignature.Compute("QDG6eK", "1409659813", "1372623149", Encrypt));
    }

    [Theory]
    [InlineData("")]
    [InlineData("你好 emoji 😀 and ]]> and a 32-byte-aligned length...")]
    [InlineData("<xml><Content><![CDATA[一二三四五六七八九十]]></Content></xml>")]
    public void Round_trips_any_message(string xml)
    {
        var crypto = Crypto;
        var first = crypto.Encrypt(xml);
        Assert.Equal(xml, crypto.Decrypt(first));
        Assert.NotEqual(first, crypto.Encrypt(xml)); // a fresh random prefix each time
    }

    [Fact]
    public void Rejects_a_message_for_another_AppID()
    {
        var other = new WeChatCrypto(_v.EncodingAesKey, "wx0000000000000000");
        Assert.Null(other.Decrypt(_v.InboundEncrypt));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")]
    public void Rejects_text_that_is_not_a_ciphertext_of_the_account(string encrypt) =>
        Assert.Null(Crypto.Decrypt(encrypt));

    [Fact]
    public void Rejects_a_tampered_ciphertext()
    {
        var bytes = Convert.FromBase64String(_v.InboundEncrypt);
        bytes[^20] ^= 0x01;
        Assert.Null(Crypto.Decrypt(Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Writes_the_passive_reply_exactly_as_in_the_vector()
    {
        Assert.Equal(_v.ReplyXml, WeChatXml.TextReply(WeChatHost.OpenId, WeChatHost.Account, 1700000001, "你好！有什么可以帮你？"));
    }
}
