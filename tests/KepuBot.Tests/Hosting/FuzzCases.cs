using System.Globalization;
using System.Text.RegularExpressions;
using KepuBot.Channels.WeChat;

namespace KepuBot.Tests.Hosting;

/// <summary>
/// Generates malformed requests for a list of endpoints, round robin, from one seeded <see cref="Random"/>: broken
/// bodies of the endpoint's kind, odd path and query values, missing or forged credentials now and then, and the
/// wrong method. Credentials are mostly valid, so the bodies get past sign-in and signatures to the code that reads them.
/// </summary>
internal sealed partial class FuzzCases(Random random, string staffToken, string directLineSecret, string conversationId, string weChatToken)
{
    private static readonly string[] OddValues =
    [
        string.Empty, "-1", "0", "99999999999999999999", "NaN", "true", "2026-13-45", "%00", "../../etc/passwd", "' OR 1=1 --",
        "<script>", "\u202E反转", "😀😀", "隔夜菜能吃吗", new string('长', 3_000),
    ];

    private static readonly Dictionary<string, string> Templates = new(StringComparer.Ordinal)
    {
        ["/api/ask"] = """{"question":"隔夜菜能吃吗","conversationId":"fuzz-1","style":"standard"}""",
        ["/api/feedback"] = """{"turnId":"t-1","helpful":true,"comment":"很好"}""",
        ["/api/staff/login"] = """{"name":"王审核","password":"wrong-password"}""",
        ["/api/staff/rumors/{id}/assign"] = """{"assignee":"王审核"}""",
        ["/api/staff/rumors/{id}/topic"] = """{"topic":"健康"}""",
        ["/api/staff/rumors/{id}/resolve"] = """{"verdict":"谣言","writeUp":"经核实为谣言。","basis":["国家卫生健康委员会"],"publish":false}""",
        ["/api/staff/rumors/{id}/publish"] = """{"title":"隔夜菜不会致癌"}""",
        ["/api/staff/library/faq"] = """{"question":"区科协每年办几次讲座","answer":"每年不少于2次。","doc":"banan-2021-2025","section":"一、","questions":["讲座几次"]}""",
        ["/api/staff/library/{id}/approve"] = """{"reviewBy":"2027-12-31"}""",
        ["/api/staff/library/{id}/retire"] = """{"reason":"过期"}""",
    };

    private const string Activity =
        """{"type":"message","id":"a-1","channelId":"msteams","deliveryMode":"expectReplies","serviceUrl":"http://127.0.0.1:9/","from":{"id":"u-1"},"recipient":{"id":"b-1"},"conversation":{"id":"c-1"},"text":"隔夜菜能吃吗"}""";

    private const string WeChatMessage =
        "<xml><ToUserName><![CDATA[gh_kepu]]></ToUserName><FromUserName><![CDATA[o_fuzz]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[隔夜菜能吃吗]]></Content><MsgId>1</MsgId></xml>";

    private static readonly HttpMethod[] WrongMethods = [HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch];

    public IReadOnlyList<FuzzCase> Generate(IReadOnlyList<FuzzEndpoint> endpoints, int count) =>
        Enumerable.Range(0, count).Select(i => Next(endpoints[i % endpoints.Count])).ToList();

    private FuzzCase Next(FuzzEndpoint endpoint)
    {
        var method = random.Next(20) == 0 ? MalformedBodies.Pick(random, WrongMethods) : endpoint.Method;
        var (contentType, body, malformation) = endpoint.Body switch
        {
            FuzzBodyKind.Json => MalformedBodies.Json(random, Templates.GetValueOrDefault(endpoint.Path, """{"a":1}""")),
            FuzzBodyKind.Activity => MalformedBodies.Json(random, Activity),
            FuzzBodyKind.Xml => MalformedBodies.Xml(random, WeChatMessage),
            FuzzBodyKind.Upload => MalformedUploads.Next(random),
            _ => random.Next(3) == 0 ? MalformedBodies.Json(random, """{"a":1}""") : (null, null, "no body"),
        };

        return new FuzzCase(method, Path(endpoint) + Query(endpoint), malformation)
        {
            ContentType = contentType,
            Body = body,
            Chunked = body is { Length: > 0 } && random.Next(6) == 0,
            Bearer = Credential(endpoint),
        };
    }

    private string Path(FuzzEndpoint endpoint) => PathParameter().Replace(endpoint.Path, match => match.Value == "{conversationId}" && random.Next(10) < 7
        ? conversationId
        : Uri.EscapeDataString(MalformedBodies.Pick(random, OddValues) is { Length: > 0 } odd ? odd : "x"));

    private string Query(FuzzEndpoint endpoint)
    {
        if (endpoint.Path == "/wechat")
        {
            return "?" + WeChatQuery();
        }

        var parameters = endpoint.Query.Where(_ => random.Next(2) == 0)
            .Select(name => $"{name}={Uri.EscapeDataString(MalformedBodies.Pick(random, OddValues))}");
        var query = string.Join('&', parameters);
        return query.Length == 0 ? string.Empty : "?" + query;
    }

    /// <summary>Mostly correctly signed, so the body is read; sometimes unsigned or signed with the wrong token.</summary>
    private string WeChatQuery()
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = random.Next().ToString(CultureInfo.InvariantCulture);
        return random.Next(10) switch
        {
            0 => string.Empty,
            1 => $"signature={WeChatSignature.Compute("wrong-token", timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}",
            2 => $"signature=x&timestamp=not-a-number&nonce={nonce}&encrypt_type=aes&msg_signature=y",
            _ => $"signature={WeChatSignature.Compute(weChatToken, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}&openid=o_fuzz",
        };
    }

    private string? Credential(FuzzEndpoint endpoint)
    {
        var roll = random.Next(20);
        var valid = endpoint.IsStaff ? staffToken : endpoint.IsDirectLine ? directLineSecret : null;
        return roll switch
        {
            0 => "not.a.token",
            1 => null,
            _ => valid,
        };
    }

    [GeneratedRegex("{[^}]+}")]
    private static partial Regex PathParameter();
}
