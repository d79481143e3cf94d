using System.Text.Json;

namespace KepuBot.Tests.Channels.WeChat;

/// <summary>
/// The independently computed vectors from the protocol notes (PROTOCOLS.md Appendix A.2), copied unchanged into
/// <c>wechat_vectors.json</c> beside this file.
/// </summary>
public sealed record WeChatVectors(
    string Token,
    string EncodingAesKey,
    string AesKeyHex,
    string AppId,
    string Timestamp,
    string Nonce,
    string PlainSignature,
    string InboundXml,
    string InboundRandom,
    int InboundPaddedLen,
    string InboundEncrypt,
    string InboundMsgSignature,
    string ReplyXml,
    string ReplyRandom,
    string ReplyTimestamp,
    string ReplyNonce,
    string ReplyEncrypt,
    string ReplyMsgSignature)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WeChatVectors Load() => JsonSerializer.Deserialize<WeChatVectors>(
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "KepuBot.Tests", "Channels", "WeChat", "wechat_vectors.json")), Json)!;
}
