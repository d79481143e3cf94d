using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KepuBot.Tests.Knowledge;

public sealed class SearchApiTests(KepuBotFactory factory) : IClassFixture<KepuBotFactory>
{
    [Fact]
    public async Task Health_reports_ready_once_the_index_is_built()
    {
        var client = await factory.CreateReadyClientAsync();
        var body = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task Search_returns_cited_hits_best_first()
    {
        var client = await factory.CreateReadyClientAsync();
        var json = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/search?q=" + Uri.EscapeDataString("区气象局要开展什么主题科普活动") + "&top=3", UriKind.Relative));

        var hits = json.GetProperty("hits");
        Assert.Equal(3, hits.GetArrayLength());
        var first = hits[0];
        Assert.Equal("banan-2021-2025", first.GetProperty("docId").GetString());
        Assert.Contains("区气象局", first.GetProperty("section").GetString(), StringComparison.Ordinal);
        Assert.Contains(Enumerable.Range(0, 3), i => hits[i].GetProperty("text").GetString()!.Contains("世界气象日", StringComparison.Ordinal));
        Assert.True(hits[0].GetProperty("score").GetDouble() >= hits[1].GetProperty("score").GetDouble());
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=%20")]
    [InlineData("/api/search?q=科普&top=0")]
    [InlineData("/api/search?q=科普&top=abc")]
    public async Task Bad_search_input_gets_400_with_a_reason(string url)
    {
        var client = await factory.CreateReadyClientAsync();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_over_long_query_gets_400()
    {
        var client = await factory.CreateReadyClientAsync();
        using var response = await client.GetAsync(new Uri("/api/search?q=" + new string('科', 600), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("过长", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
