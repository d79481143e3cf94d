using KepuBot.Channels.WeChat;

namespace KepuBot.Tests.Channels.WeChat;

public sealed class WeChatSignatureTests
{
    private readonly WeChatVectors _v = WeChatVectors.Load();

    [Fact]
    public void Url_verification_signature_matches_the_vector()
    {
        Assert.Equal(_v.PlainSignature, WeChatSignature.Compute(_v.Token, _v.Timestamp, _v.Nonce));
        Assert.True(WeChatSignature.Matches(_v.PlainSignature, _v.Token, _v.Timestamp, _v.Nonce));
        Assert.True(WeChatSignature.Matches(_v.PlainSignature.ToUpperInvariant(), _v.Token, _v.Timestamp, _v.Nonce));
    }

    [Fact]
    public void Message_signatures_include_the_ciphertext()
    {
        Assert.Equal(_v.InboundMsgSignature, WeChatSignature.Compute(_v.Token, _v.Timestamp, _v.Nonce, _v.InboundEncrypt));
        Assert.Equal(_v.ReplyMsgSignature, WeChatSignature.Compute(_v.Token, _v.ReplyTimestamp, _v.ReplyNonce, _v.ReplyEncrypt));
    }

    [Fact]
    public void Parts_are_sorted_ordinally_not_by_culture()
    {
        // The culture-aware order puts "mytoken123" before "Q3st…" and yields this wrong value (PROTOCOLS.md A.2).
        const string CultureOrderSignature = "dcb5a1595a1b4f45059724ff69c7ec326be43d77";
        var signature = WeChatSignature.Compute(_v.ReplyEncrypt, _v.Token, _v.ReplyNonce, _v.ReplyTimestamp);
        Assert.Equal(_v.ReplyMsgSignature, signature);
        Assert.NotEqual(CultureOrderSignature, signature);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cfa6275f82e45e08a06f0317cbfec49b2af7c795")]
    [InlineData("cfa6275f")]
    public void Wrong_or_missing_signatures_do_not_match(string? signature) =>
        Assert.False(WeChatSignature.Matches(signature, _v.Token, _v.Timestamp, _v.Nonce));
}
