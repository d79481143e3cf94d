namespace KepuBot.Tests.Channels.DirectLine;

/// <summary>With no <c>Cors:AllowedOrigins</c> configured, no other site's page may call the chat APIs from the browser.</summary>
[Collection(DirectLineHostGroup.Name)]
public sealed class SameOriginDefaultTests(DirectLineFixture dl)
{
    [Theory]
    [InlineData("/v3/directline/conversations")]
    [InlineData("/api/directline/token")]
    [InlineData("/api/ask")]
    public async Task No_origin_gets_a_CORS_grant_by_default(string path)
    {
        using var request = CorsPreflight.For(path, "https://portal.example.gov.cn");

        using var response = await dl.Client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
