using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KepuBot.Channels.WeChat;

namespace KepuBot.Tests.Channels.WeChat;

/// <summary>
/// With <c>WeChat:EncodingAESKey</c> set and <c>WeChat:AllowPlaintext</c> left off (the default), only encrypted
/// messages whose <c>msg_signature</c> covers the ciphertext are answered: a plaintext body, which no signature covers,
/// is refused with 403 and a reason, and never reaches the turn pipeline.
/// </summary>
public sealed class WeChatSafeModeRequiredTests : IAsyncLifetime
{
    private readonly WeChatVectors _v = WeChatVectors.Load();
    private readonly FakeTurnPipeline _pipeline = new();
    private HttpClient _client = null!;

    // Disposed in DisposeAsync, as xunit's async lifetime asks (the same shape as the other channel hosts).
    private KepuBotFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        Factory.Pipeline = _pipeline;
        Factory.Settings["WeChat:Token"] = _v.Token;
        Factory.Settings["WeChat:AppId"] = _v.AppId;
        Factory.Settings["WeChat:EncodingAESKey"] = _v.EncodingAesKey;
        _client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await Factory.DisposeAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("&encrypt_type=raw")]
    public async Task A_plaintext_message_is_refused_with_a_reason_and_never_answered(string encryptType)
    {
        const string question = "明文模式的问题";

        using var response = await PostAsync(Inbound.Text(question, "8001"), Signed(Nonce()) + encryptType);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("plaintext", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _pipeline.CallsFor(question));
    }

    [Fact]
    public async Task A_plaintext_body_posted_as_encrypted_is_refused_and_never_answered()
    {
        const string question = "冒充加密的明文";
        var nonce = Nonce();

        // Claims safe mode but carries no Encrypt; a made-up msg_signature cannot cover anything.
        using var response = await PostAsync(Inbound.Text(question, "8002"), Signed(nonce) + "&encrypt_type=aes&msg_signature=" + WeChatSignature.Compute(_v.Token, Now(), nonce));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _pipeline.CallsFor(question));
    }

    [Fact]
    public async Task An_encrypted_message_with_a_valid_msg_signature_is_answered()
    {
        const string question = "加密模式的问题";
        var nonce = Nonce();
        var timestamp = Now();
        var encrypt = new WeChatCrypto(_v.EncodingAesKey, _v.AppId).Encrypt(Inbound.Text(question, "8003"));
        var envelope = $"<xml><ToUserName><![CDATA[{WeChatHost.Account}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";

        using var response = await PostAsync(envelope, Signed(nonce, timestamp) + "&encrypt_type=aes&msg_signature=" + WeChatSignature.Compute(_v.Token, timestamp, nonce, encrypt));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _pipeline.CallsFor(question));
    }

    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Nonce() => Random.Shared.Next(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);

    private string Signed(string nonce, string? timestamp = null)
    {
        timestamp ??= Now();
        return $"signature={WeChatSignature.Compute(_v.Token, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}&openid={WeChatHost.OpenId}";
    }

    private async Task<HttpResponseMessage> PostAsync(string xml, string query)
    {
        using var content = new StringContent(xml, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml");
        return await _client.PostAsync(new Uri("/wechat?" + query, UriKind.Relative), content);
    }
}
