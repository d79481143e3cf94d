using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using KepuBot.Channels.Traffic;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace KepuBot.Channels.WeChat;

/// <summary>
/// The HTTP side of <c>/wechat</c>: signatures, the timestamp window and nonces, safe mode (required once a key is
/// configured), content type, size, decryption and the reply envelope. Bad input is the sender's problem and always
/// gets a 4xx and a log line, never a 500.
/// </summary>
internal sealed partial class WeChatHttpHandler(
    IOptions<WeChatOptions> options,
    WeChatMessageHandler messages,
    IWeChatNonces nonces,
    TimeProvider time,
    ILogger<WeChatHttpHandler> logger)
{
    /// <summary>A day: how long nonces are kept when the timestamp window is turned off.</summary>
    private static readonly TimeSpan NonceKeepWithoutWindow = TimeSpan.FromDays(1);

    private readonly WeChatCrypto? _crypto = options.Value.SafeModeConfigured
        ? new WeChatCrypto(options.Value.EncodingAESKey!, options.Value.AppId!)
        : null;

    private string Token => options.Value.Token!;

    /// <summary><c>GET /wechat</c>: the URL check WeChat runs when the server address is saved in the console.</summary>
    public IResult Verify(IQueryCollection query)
    {
        if (!TryGetSigned(query, out var signature, out var timestamp, out var nonce) || StringValues.IsNullOrEmpty(query["echostr"]))
        {
            return Reject(StatusCodes.Status400BadRequest, "signature, timestamp, nonce and echostr are required");
        }

        if (!WeChatSignature.Matches(signature, Token, timestamp, nonce))
        {
            return Reject(StatusCodes.Status403Forbidden, "bad signature");
        }

        return Results.Text(query["echostr"].ToString(), "text/plain");
    }

    /// <summary><c>POST /wechat</c>: one message or event, answered with a passive reply or "success".</summary>
    public async Task<IResult> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var query = request.Query;
        if (!TryGetSigned(query, out var signature, out var timestamp, out var nonce))
        {
            return Reject(StatusCodes.Status400BadRequest, "signature, timestamp and nonce are required");
        }

        if (!WeChatSignature.Matches(signature, Token, timestamp, nonce))
        {
            return Reject(StatusCodes.Status403Forbidden, "bad signature");
        }

        if (StaleTimestamp(timestamp) is { } stale)
        {
            return stale;
        }

        // With a key configured, a plaintext body is covered by no signature at all: refuse it rather than answer
        // whoever holds one callback URL, unless the operator has said the console is in 明文/兼容 mode.
        var encrypted = string.Equals(query["encrypt_type"], "aes", StringComparison.OrdinalIgnoreCase);
        if (!encrypted && _crypto is not null && !options.Value.AllowPlaintext)
        {
            return Reject(StatusCodes.Status403Forbidden, "plaintext message refused: safe mode is configured (WeChat:EncodingAESKey), so only encrypt_type=aes with a valid msg_signature is accepted; WeChat:AllowPlaintext allows plaintext");
        }

        if (!IsXml(request.ContentType))
        {
            return Reject(StatusCodes.Status415UnsupportedMediaType, "content type is not XML");
        }

        var maxBytes = (int)request.HttpContext.BodyLimit();
        var body = await ReadBodyAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, $"body over {maxBytes} bytes");
        }

        WeChatMessage message;
        try
        {
            var fields = WeChatXml.ReadFields(body.Value);
            if (encrypted)
            {
                var (decrypted, problem) = Decrypt(fields, query["msg_signature"], timestamp, nonce);
                if (decrypted is null)
                {
                    return problem!;
                }

                fields = decrypted;
            }

            message = new WeChatMessage(fields);
        }
        catch (XmlException ex)
        {
            // Position only: the exception text can quote the user's message.
            return Reject(StatusCodes.Status400BadRequest, $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}");
        }

        if (!message.IsComplete)
        {
            return Reject(StatusCodes.Status400BadRequest, "ToUserName, FromUserName or MsgType missing");
        }

        if (await nonces.UseAsync(timestamp, nonce, body.Value, NonceKeptUntil(timestamp), cancellationToken) == WeChatNonceUse.Replay)
        {
            return Reject(StatusCodes.Status403Forbidden, "nonce already used with another body within the timestamp window (a replayed request)");
        }

        var reply = await messages.ReplyAsync(message, cancellationToken);
        return Render(message, reply, encrypted);
    }

    /// <summary>
    /// A refusal when the signed timestamp is outside <see cref="WeChatOptions.TimestampWindow"/>: the signature proves
    /// WeChat sent it once, not that it is sending it now. Only messages are checked; replaying the URL check yields
    /// nothing but its own echo.
    /// </summary>
    private IResult? StaleTimestamp(string timestamp)
    {
        var window = options.Value.TimestampWindow;
        if (window == TimeSpan.Zero)
        {
            return null;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return Reject(StatusCodes.Status400BadRequest, "timestamp is not a number of seconds");
        }

        var skew = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(skew) <= window.TotalSeconds)
        {
            return null;
        }

        LogStale(skew, window);
        return Results.Problem(detail: "timestamp outside the accepted window", statusCode: StatusCodes.Status403Forbidden);
    }

    // A nonce matters as long as its signed timestamp is accepted: until the timestamp leaves the window.
    private DateTimeOffset NonceKeptUntil(string timestamp)
    {
        var window = options.Value.TimestampWindow;
        return window > TimeSpan.Zero && long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) + window
            : time.GetUtcNow() + NonceKeepWithoutWindow;
    }

    private (Dictionary<string, string>? Fields, IResult? Problem) Decrypt(Dictionary<string, string> envelope, string? msgSignature, string timestamp, string nonce)
    {
        if (_crypto is null)
        {
            return (null, Reject(StatusCodes.Status400BadRequest, "encrypted message but WeChat:EncodingAESKey is not configured"));
        }

        if (!envelope.TryGetValue("Encrypt", out var encrypt) || encrypt.Length == 0 || string.IsNullOrEmpty(msgSignature))
        {
            return (null, Reject(StatusCodes.Status400BadRequest, "Encrypt or msg_signature missing"));
        }

        if (!WeChatSignature.Matches(msgSignature, Token, timestamp, nonce, encrypt))
        {
            return (null, Reject(StatusCodes.Status403Forbidden, "bad msg_signature"));
        }

        var xml = _crypto.Decrypt(encrypt);
        if (xml is null)
        {
            return (null, Reject(StatusCodes.Status400BadRequest, "Encrypt does not decrypt to a message for this AppID"));
        }

        return (WeChatXml.ReadFields(Encoding.UTF8.GetBytes(xml)), null);
    }

    private IResult Render(WeChatMessage message, string? reply, bool encrypted)
    {
        if (reply is null)
        {
            // "success" stops WeChat retrying; in safe mode an empty body does the same without being mistaken for ciphertext.
            return encrypted ? Results.Text(string.Empty, "text/plain") : Results.Text("success", "text/plain");
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var xml = WeChatXml.TextReply(message.FromUserName, message.ToUserName, now, reply);
        if (encrypted && _crypto is not null)
        {
            var encrypt = _crypto.Encrypt(xml);
            var nonce = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
            // Seconds, like the request's timestamp: a millisecond TimeStamp makes WeChat reject the reply.
            var signature = WeChatSignature.Compute(Token, now.ToString(CultureInfo.InvariantCulture), nonce, encrypt);
            xml = WeChatXml.EncryptedReply(encrypt, signature, now, nonce);
        }

        return Results.Text(xml, "text/xml; charset=utf-8");
    }

    private static bool TryGetSigned(IQueryCollection query, out string signature, out string timestamp, out string nonce)
    {
        signature = query["signature"].ToString();
        timestamp = query["timestamp"].ToString();
        nonce = query["nonce"].ToString();
        return signature.Length > 0 && timestamp.Length > 0 && nonce.Length > 0;
    }

    private static bool IsXml(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("text/xml", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Equals("application/xml", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The body, or null when it is over the limit (checked against Content-Length first, then while reading, here or
    /// by the server, which was given the same limit).
    /// </summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = new byte[maxBytes + 1];
        var read = 0;
        int count;
        try
        {
            while (read < buffer.Length && (count = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
            {
                read += count;
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        if (read > maxBytes)
        {
            return null;
        }

        return buffer.AsMemory(0, read);
    }

    private IResult Reject(int status, string reason)
    {
        LogRejected(status, reason);
        return Results.Problem(detail: reason, statusCode: status);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeChat message refused with 403: signed {SkewSeconds} s from this server's clock, outside the {Window} window (a replay, or this server's clock is wrong)")]
    private partial void LogStale(long skewSeconds, TimeSpan window);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeChat request rejected with {Status}: {Reason}")]
    private partial void LogRejected(int status, string reason);
}
