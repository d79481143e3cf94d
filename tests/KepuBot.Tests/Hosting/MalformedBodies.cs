using System.Text;
using System.Text.Json.Nodes;

namespace KepuBot.Tests.Hosting;

/// <summary>
/// Broken versions of the bodies the endpoints take: random bytes, JSON and XML cut off, retyped or nested tens of
/// thousands deep, entity bombs, invalid UTF-8, wrong and bogus content types. Everything comes from the caller's
/// seeded <see cref="Random"/>, so a run can be repeated exactly.
/// </summary>
internal static class MalformedBodies
{
    private static readonly string[] OddContentTypes =
    [
        "application/json; charset=bogus", "application/json; charset=\"utf-8\"", "application/json; charset=utf-16", "application/json;;;",
        "text/plain", "text/xml; charset=gb2312", "application/x-www-form-urlencoded", "multipart/form-data", "application/octet-stream",
        "application/json; boundary=x", "*/*", "application/merge-patch+json", "text/json",
    ];

    public static (string? ContentType, byte[]? Body, string Malformation) Json(Random random, string template) => random.Next(12) switch
    {
        0 => ("application/json", RandomBytes(random, 4096), "random bytes"),
        1 => ("application/json", Utf8(template[..random.Next(template.Length)]), "cut off"),
        2 => ("application/json", Utf8(Mutate(random, template)), "a value retyped"),
        3 => ("application/json", Utf8(Nested(random, "[", "]")), "arrays nested deep"),
        4 => ("application/json", Utf8(Nested(random, "{\"a\":", "}")), "objects nested deep"),
        5 => (Pick(random, OddContentTypes), Utf8(template), "odd content type"),
        6 => ("application/json", [], "empty"),
        7 => ("application/json", Utf8(template.Replace("\"", "\"" + new string('长', random.Next(1_000, 120_000)), StringComparison.Ordinal)), "huge strings"),
        8 => ("application/json", [.. Utf8(template[..(template.Length / 2)]), 0xC3, 0x28, 0xFF, 0xFE, .. Utf8(template[(template.Length / 2)..])], "invalid UTF-8"),
        9 => ("application/json", Utf8("\uFEFF" + template + "}}]]garbage"), "trailing garbage"),
        10 => (null, Utf8(template), "no content type"),
        _ => ("application/json", Utf8("[" + string.Join(',', Enumerable.Repeat(template, random.Next(2, 2_000))) + "]"), "an array of bodies"),
    };

    public static (string? ContentType, byte[]? Body, string Malformation) Xml(Random random, string template) => random.Next(9) switch
    {
        0 => ("text/xml", RandomBytes(random, 4096), "random bytes"),
        1 => ("text/xml", Utf8(template[..random.Next(template.Length)]), "cut off"),
        2 => ("text/xml", Utf8(Nested(random, "<a>", "</a>")), "elements nested deep"),
        3 => ("text/xml", Utf8("<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + template.Replace("<Content>", "<Content>&c;", StringComparison.Ordinal)), "entity bomb"),
        4 => ("text/xml", Utf8("<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + template.Replace("<Content>", "<Content>&x;", StringComparison.Ordinal)), "external entity"),
        5 => (Pick(random, OddContentTypes), Utf8(template), "odd content type"),
        6 => ("text/xml", Utf8(template.Replace("<![CDATA[", "<![CDATA[" + new string('长', random.Next(100, 40_000)), StringComparison.Ordinal)), "huge text"),
        7 => ("application/xml", [.. Utf8(template[..(template.Length / 2)]), 0xC3, 0x28, 0x00, .. Utf8(template[(template.Length / 2)..])], "invalid bytes"),
        _ => ("text/xml", [], "empty"),
    };

    public static byte[] RandomBytes(Random random, int maxLength)
    {
        var bytes = new byte[random.Next(maxLength)];
        random.NextBytes(bytes);
        return bytes;
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A deeply nested value: a hundred levels, or ten thousand, or two hundred thousand.</summary>
    private static string Nested(Random random, string open, string close)
    {
        var depth = Pick(random, [100, 10_000, 200_000]);
        var text = new StringBuilder(depth * (open.Length + close.Length) + 1);
        text.Insert(0, open, depth).Append('1');
        return random.Next(2) == 0 ? text.Insert(text.Length, close, depth).ToString() : text.ToString();
    }

    /// <summary>The template with one property's value replaced by a value of another type, or one nested deep.</summary>
    private static string Mutate(Random random, string template)
    {
        if (JsonNode.Parse(template) is not JsonObject body || body.Count == 0)
        {
            return template;
        }

        var key = body.ElementAt(random.Next(body.Count)).Key;
        body[key] = random.Next(8) switch
        {
            0 => JsonValue.Create(random.NextDouble() * 1e300),
            1 => new JsonArray(JsonValue.Create("a"), JsonValue.Create(1)),
            2 => new JsonObject { ["nested"] = JsonValue.Create(true) },
            3 => null,
            4 => JsonValue.Create(long.MinValue),
            5 => JsonValue.Create(new string('\u0001', 50)),
            6 => JsonValue.Create("\uD800"),
            _ => JsonNode.Parse(new StringBuilder().Insert(0, "[", 60).Append(1).Insert(61, "]", 60).ToString()),
        };
        return body.ToJsonString();
    }
}
