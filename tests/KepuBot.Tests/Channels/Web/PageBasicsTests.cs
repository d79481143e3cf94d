namespace KepuBot.Tests.Channels.Web;

/// <summary>What a first visitor's browser asks for: the page in declared UTF-8 and an icon.</summary>
public sealed class PageBasicsTests(KepuBotFactory factory) : IClassFixture<KepuBotFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/staff/")]
    public async Task Pages_and_scripts_declare_utf8(string path)
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task The_favicon_is_served()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
    }
}
