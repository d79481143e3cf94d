using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace KepuBot.Tests.Channels.Traffic;

/// <summary>
/// A body in a charset other than UTF-8 is refused with 415 and the reason on every JSON endpoint, resident and staff,
/// and leaves no stack trace in the log (it used to be a 500 with one, on every request).
/// </summary>
public sealed class CharsetTests
{
    [Fact]
    public async Task A_bogus_charset_gets_415_with_a_reason_on_every_JSON_endpoint_and_no_stack_trace()
    {
        await using var service = LoggedService.Start();
        using var staff = await service.SignedInAsync();
        var endpoints = await JsonPostEndpointsAsync(service.Client);
        Assert.Contains("/api/ask", endpoints);
        Assert.Contains("/api/staff/login", endpoints);
        Assert.Contains("/api/staff/library/faq", endpoints);

        foreach (var path in endpoints)
        {
            using var response = await staff.PostAsync(new Uri(path, UriKind.Relative), Json("""{"question":"隔夜菜能吃吗"}""", "application/json; charset=bogus"));

            Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, $"{path}: {(int)response.StatusCode}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("charset 'bogus' is not supported; send UTF-8", problem.GetProperty("detail").GetString());
        }

        Assert.True(service.Logs.Any("Rejected request to /api/ask with 415: a charset other than UTF-8"));
        service.AssertNoExceptionLogged();
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=\"UTF-8\"")]
    [InlineData("application/json; charset=utf8")]
    [InlineData("application/json")]
    public async Task UTF_8_however_it_is_written_is_accepted(string contentType)
    {
        await using var service = LoggedService.Start();

        using var response = await service.Client.PostAsync(new Uri("/api/staff/login", UriKind.Relative), Json($$"""{"name":"{{LoggedService.StaffName}}","password":"{{LoggedService.StaffPassword}}"}""", contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("iso-8859-1")]
    [InlineData("\"\"")]
    public async Task Other_charsets_are_refused_the_same_way(string charset)
    {
        await using var service = LoggedService.Start();

        using var response = await service.Client.PostAsync(new Uri("/api/ask", UriKind.Relative), Json("""{"question":"隔夜菜能吃吗"}""", $"application/json; charset={charset}"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        service.AssertNoExceptionLogged();
    }

    /// <summary>Every POST endpoint in the service's OpenAPI document that takes a JSON body, path parameters filled in.</summary>
    private static async Task<List<string>> JsonPostEndpointsAsync(HttpClient client)
    {
        var document = await client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));
        return document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("post", out var post) && post.TryGetProperty("requestBody", out var body)
                && body.GetProperty("content").TryGetProperty("application/json", out _))
            .Select(p => System.Text.RegularExpressions.Regex.Replace(p.Name, "{[^}]+}", "no-such-id"))
            .ToList();
    }

    private static ByteArrayContent Json(string json, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
