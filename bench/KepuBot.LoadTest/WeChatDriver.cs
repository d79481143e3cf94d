using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace KepuBot.LoadTest;

/// <summary>
/// <c>POST /wechat</c> as WeChat's servers deliver messages (plain mode, signed with the Token). Every
/// <c>--wechat-retry-every</c>th message is delivered again while the first delivery is in flight and once more after it,
/// as WeChat retries: all three must carry the same passive reply.
/// </summary>
internal sealed class WeChatDriver(HttpClient http, Questions questions, LoadRecorder recorder, string token, int retryEvery) : IChannelDriver
{
    private const string Account = "gh_loadtest0001";
    private const string TooFrequent = "您提问太频繁了";
    // Shared by the warm-up and the measured run, so no message id is used twice (the service drops repeats).
    private static long _nextMsgId = 7_100_000_000_000_000_000 + (DateTimeOffset.UtcNow.ToUnixTimeSeconds() * 1000);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task RunConversationAsync(int index, CancellationToken stop)
    {
        var openId = "oLoadTest" + index.ToString("D19", CultureInfo.InvariantCulture);
        for (var turn = 0; !stop.IsCancellationRequested; turn++)
        {
            var msgId = Interlocked.Increment(ref _nextMsgId).ToString(CultureInfo.InvariantCulture);
            var xml = Message(openId, msgId, questions.For(index, turn));
            var watch = Stopwatch.StartNew();
            try
            {
                string?[] replies;
                if ((turn + 1) % retryEvery == 0)
                {
                    recorder.RetriedOne();
                    var firstTwo = await Task.WhenAll(DeliverAsync(openId, xml), DeliverAsync(openId, xml));
                    replies = [.. firstTwo, await DeliverAsync(openId, xml)];
                }
                else
                {
                    replies = [await DeliverAsync(openId, xml)];
                }

                Record(replies, watch.Elapsed);
            }
            catch (HttpRequestException e)
            {
                recorder.Refused(e.StatusCode ?? HttpStatusCode.InternalServerError);
            }
        }
    }

    public Task FinishAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private void Record(string?[] replies, TimeSpan latency)
    {
        if (replies.Distinct().Count() > 1)
        {
            recorder.Mismatch();
        }
        else if (replies[0] is null)
        {
            // "success": acknowledged without a passive reply, i.e. not answered within the reply window.
            recorder.LostOne();
        }
        else if (replies[0]!.StartsWith(TooFrequent, StringComparison.Ordinal))
        {
            recorder.ThrottledOne();
        }
        else
        {
            recorder.Answered(latency);
        }
    }

    /// <summary>One signed delivery; the reply's Content, or null for an acknowledgement without a reply.</summary>
    private async Task<string?> DeliverAsync(string openId, string xml)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
        var query = $"wechat?signature={Signature(token, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}&openid={openId}";
        using var content = new StringContent(xml, Encoding.UTF8, "text/xml");
        using var response = await http.PostAsync(new Uri(query, UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(body, null, response.StatusCode);
        }

        return body.StartsWith("<xml>", StringComparison.Ordinal) ? XDocument.Parse(body).Root!.Element("Content")?.Value : null;
    }

    private static string Message(string openId, string msgId, string text) =>
        new XElement("xml",
            new XElement("ToUserName", new XCData(Account)),
            new XElement("FromUserName", new XCData(openId)),
            new XElement("CreateTime", DateTimeOffset.UtcNow.ToUnixTimeSeconds()),
            new XElement("MsgType", new XCData("text")),
            new XElement("Content", new XCData(text)),
            new XElement("MsgId", msgId)).ToString(SaveOptions.DisableFormatting);

    /// <summary>WeChat's signature: SHA1 over the parts sorted ordinally and joined, lowercase hex (PROTOCOLS.md 2.2).</summary>
    private static string Signature(params string[] parts)
    {
        Array.Sort(parts, StringComparer.Ordinal);
#pragma warning disable CA5350 // SHA1 is what the WeChat protocol specifies.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
#pragma warning restore CA5350
    }
}
