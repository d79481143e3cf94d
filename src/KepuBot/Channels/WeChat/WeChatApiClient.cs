using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace KepuBot.Channels.WeChat;

/// <summary>
/// The WeChat server API calls the channel makes: <c>/cgi-bin/token</c> (cached until shortly before it expires) and
/// <c>/cgi-bin/message/custom/send</c>.
/// </summary>
internal sealed class WeChatApiClient(IHttpClientFactory clients, IOptions<WeChatOptions> options, TimeProvider time) : IDisposable
{
    public const string HttpClientName = "WeChat";

    // errcodes meaning the token is invalid or expired (e.g. another process fetched a new one): refresh once and retry.
    private static readonly int[] TokenRejected = [40001, 40014, 42001];

    // WeChat expects raw UTF-8; escaped Chinese (\u4F60) has been reported to arrive garbled (PROTOCOLS.md §2.7).
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private string? _token;
    private DateTimeOffset _tokenExpires;

    /// <summary>Sends a text customer-service message to a user.</summary>
    /// <exception cref="HttpRequestException">WeChat refused it (errcode in the message) or could not be reached.</exception>
    public async Task SendTextAsync(string openId, string content, CancellationToken cancellationToken)
    {
        var body = new CustomTextMessage(openId, "text", new TextBody(content));
        for (var attempt = 0; ; attempt++)
        {
            var token = await GetTokenAsync(cancellationToken);
            using var http = clients.CreateClient(HttpClientName);
            var uri = new Uri("cgi-bin/message/custom/send?access_token=" + Uri.EscapeDataString(token), UriKind.Relative);
            using var response = await http.PostAsJsonAsync(uri, body, Json, cancellationToken);
            var result = await ReadResultAsync(response, cancellationToken);
            if (result.ErrCode == 0)
            {
                return;
            }

            if (attempt == 0 && TokenRejected.Contains(result.ErrCode))
            {
                await ForgetTokenAsync(token, cancellationToken);
                continue;
            }

            throw Failure("custom/send", result);
        }
    }

    private async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_token is not null && time.GetUtcNow() < _tokenExpires)
            {
                return _token;
            }

            var settings = options.Value;
            using var http = clients.CreateClient(HttpClientName);
            var uri = new Uri(
                $"cgi-bin/token?grant_type=client_credential&appid={Uri.EscapeDataString(settings.AppId ?? string.Empty)}&secret={Uri.EscapeDataString(settings.AppSecret ?? string.Empty)}",
                UriKind.Relative);
            using var response = await http.GetAsync(uri, cancellationToken);
            var result = await ReadResultAsync(response, cancellationToken);
            if (result.ErrCode != 0 || string.IsNullOrEmpty(result.AccessToken))
            {
                throw Failure("token", result);
            }

            // Renew a little early so a token never expires between fetching and using it.
            var lifetime = TimeSpan.FromSeconds(Math.Max(result.ExpiresIn, 60));
            _token = result.AccessToken;
            _tokenExpires = time.GetUtcNow() + lifetime - TimeSpan.FromSeconds(Math.Min(300, lifetime.TotalSeconds / 2));
            return _token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task ForgetTokenAsync(string rejected, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_token == rejected)
            {
                _token = null;
            }
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private static async Task<ApiResult> ReadResultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // WeChat answers 200 even on failure; the errcode in the body is what counts.
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<ApiResult>(Json, cancellationToken)
            ?? throw new HttpRequestException("WeChat API returned an empty body");
    }

    private static HttpRequestException Failure(string call, ApiResult result) =>
        new(string.Create(CultureInfo.InvariantCulture, $"WeChat API {call} failed: errcode {result.ErrCode} {result.ErrMsg}"));

    private sealed record CustomTextMessage(
        [property: JsonPropertyName("touser")] string ToUser,
        [property: JsonPropertyName("msgtype")] string MsgType,
        [property: JsonPropertyName("text")] TextBody Text);

    private sealed record TextBody([property: JsonPropertyName("content")] string Content);

    private sealed record ApiResult(
        [property: JsonPropertyName("errcode")] int ErrCode,
        [property: JsonPropertyName("errmsg")] string? ErrMsg,
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
