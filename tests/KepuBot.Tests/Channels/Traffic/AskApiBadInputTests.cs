using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace KepuBot.Tests.Channels.Traffic;

/// <summary><c>/api/ask</c> and <c>/api/feedback</c> refuse broken bodies with the right 4xx, a reason and a log line.</summary>
[Collection(TrafficHostGroup.Name)]
public sealed class AskApiBadInputTests(TrafficHost host)
{
    [Theory]
    [InlineData("/api/ask", "{\"question\":", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/ask", "question=隔夜菜能吃吗", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("/api/ask", "隔夜菜能吃吗", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("/api/feedback", "<feedback/>", "text/xml", HttpStatusCode.UnsupportedMediaType)]
    public async Task A_broken_body_gets_the_right_status_a_reason_and_a_log_line(string path, string body, string contentType, HttpStatusCode expected)
    {
        var logMark = host.Logs.Mark();

        using var response = await PostAsync(path, body, contentType);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("\"detail\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(host.Logs.AnySince(logMark, $"Rejected request to {path} with {(int)expected}"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_oversized_body_gets_413_with_or_without_a_declared_length(bool declared)
    {
        var body = Encoding.UTF8.GetBytes("{\"question\":\"" + new string('问', 40_000) + "\"}");
        var content = new StreamContent(declared ? new MemoryStream(body) : new UnsizedStream(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var logMark = host.Logs.Mark();

        using var response = await PostAsync("/api/ask", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("\"detail\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(host.Logs.AnySince(logMark, "Rejected request to /api/ask with 413"));
    }

    private Task<HttpResponseMessage> PostAsync(string path, string body, string contentType) =>
        PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

    private async Task<HttpResponseMessage> PostAsync(string path, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Add("X-Forwarded-For", host.NewClientAddress());
        return await host.Client.SendAsync(request);
    }
}
