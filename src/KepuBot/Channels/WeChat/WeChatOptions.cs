using System.ComponentModel.DataAnnotations;

namespace KepuBot.Channels.WeChat;

/// <summary>The <c>WeChat</c> section: the Official Account (公众号) server settings. The channel is on only when <see cref="Token"/> is set.</summary>
public sealed class WeChatOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "WeChat";

    private const int EncodingAesKeyLength = 43;

    /// <summary>The Token entered in the WeChat console; signs every request.</summary>
    public string? Token { get; set; }

    /// <summary>The account's AppID; required for safe mode and the customer-service API.</summary>
    public string? AppId { get; set; }

    /// <summary>43-character key for safe (encrypted) mode; leave empty for plaintext mode.</summary>
    public string? EncodingAESKey { get; set; }

    /// <summary>AppSecret, used only to obtain an access_token for the customer-service API.</summary>
    public string? AppSecret { get; set; }

    /// <summary>How long a delivery waits for the answer before acknowledging; WeChat gives up after 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:04.800")]
    public TimeSpan ReplyTimeout { get; set; } = TimeSpan.FromSeconds(4.5);

    /// <summary>
    /// How far a message's signed <c>timestamp</c> may be from this server's clock. WeChat stamps each delivery as it
    /// sends it, so an older one is a replay of a captured request (or this server's clock is wrong). Zero turns the
    /// check off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan TimestampWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// With <see cref="EncodingAESKey"/> set, also accept plaintext messages (no <c>encrypt_type=aes</c>). Off by default:
    /// a plaintext body is covered by no signature, so with safe mode configured only encrypted, <c>msg_signature</c>-signed
    /// messages are answered. Turn it on only while the console is switched to 明文 or 兼容模式 during a change-over.
    /// </summary>
    public bool AllowPlaintext { get; set; }

    /// <summary>Send answers that miss the passive-reply window through the customer-service message API.</summary>
    public bool UseCustomerServiceApi { get; set; }

    /// <summary>WeChat API base address; tests point it at a fake on loopback.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://api.weixin.qq.com/");

    internal bool Enabled => !string.IsNullOrEmpty(Token);

    internal bool SafeModeConfigured => !string.IsNullOrEmpty(EncodingAESKey);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        // The WeChat console only accepts 3–32 letters and digits; anything else can never match its signatures.
        if (Token!.Length is < 3 or > 32 || !Token.All(char.IsAsciiLetterOrDigit))
        {
            yield return new ValidationResult("WeChat:Token must be 3–32 ASCII letters or digits.", [nameof(Token)]);
        }

        if (SafeModeConfigured)
        {
            if (EncodingAESKey!.Length != EncodingAesKeyLength || !EncodingAESKey.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/'))
            {
                yield return new ValidationResult("WeChat:EncodingAESKey must be the 43-character key from the WeChat console.", [nameof(EncodingAESKey)]);
            }

            if (string.IsNullOrEmpty(AppId))
            {
                yield return new ValidationResult("WeChat:AppId is required when WeChat:EncodingAESKey is set (safe mode checks it).", [nameof(AppId)]);
            }
        }

        if (UseCustomerServiceApi && (string.IsNullOrEmpty(AppId) || string.IsNullOrEmpty(AppSecret)))
        {
            yield return new ValidationResult("WeChat:AppId and WeChat:AppSecret are required when WeChat:UseCustomerServiceApi is true.", [nameof(AppSecret)]);
        }

        if (!ApiBaseUrl.IsAbsoluteUri || ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("WeChat:ApiBaseUrl must be an absolute http(s) address.", [nameof(ApiBaseUrl)]);
        }
    }
}
