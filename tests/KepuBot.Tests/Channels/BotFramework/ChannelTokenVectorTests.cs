using KepuBot.Channels.Activities;
using KepuBot.Channels.BotFramework;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KepuBot.Tests.Channels.BotFramework;

/// <summary>
/// The fixed token of PROTOCOLS.md appendix A.3 against its JWKS, with the clock set inside its 2023 lifetime: the
/// accept/reject table given there.
/// </summary>
public sealed class ChannelTokenVectorTests : IAsyncLifetime
{
    private FakeChannelService _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannelService.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Theory]
    [InlineData("webchat", JwtVector.ServiceUrl)]
    [InlineData("directline", JwtVector.ServiceUrl)]
    [InlineData("msteams", JwtVector.ServiceUrl)]
    [InlineData("msteams", "HTTPS://SMBA.TRAFFICMANAGER.NET/AMER/")]
    public async Task The_vector_token_is_accepted(string channelId, string serviceUrl)
    {
        var result = await Validator(JwtVector.InsideLifetime, JwtVector.AppId)
            .ValidateAsync("Bearer " + JwtVector.Token, Activity(channelId, serviceUrl), CancellationToken.None);

        Assert.True(result.Succeeded, result.Reason);
    }

    [Theory]
    [InlineData("slack", JwtVector.ServiceUrl, 1700001000L, JwtVector.AppId)]
    [InlineData("webchat", "https://evil.example/", 1700001000L, JwtVector.AppId)]
    [InlineData("webchat", JwtVector.ServiceUrl, 1700004000L, JwtVector.AppId)]
    [InlineData("webchat", JwtVector.ServiceUrl, 1699999000L, JwtVector.AppId)]
    [InlineData("webchat", JwtVector.ServiceUrl, 1700001000L, "99999999-9999-9999-9999-999999999999")]
    public async Task The_vector_token_is_refused_outside_its_terms(string channelId, string serviceUrl, long now, string appId)
    {
        var result = await Validator(DateTimeOffset.FromUnixTimeSeconds(now), appId)
            .ValidateAsync("Bearer " + JwtVector.Token, Activity(channelId, serviceUrl), CancellationToken.None);

        Assert.Equal(401, result.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Any_changed_byte_in_header_payload_or_signature_is_refused(int part)
    {
        var parts = JwtVector.Token.Split('.');
        var chars = parts[part].ToCharArray();
        var i = chars.Length / 2;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        parts[part] = new string(chars);

        var result = await Validator(JwtVector.InsideLifetime, JwtVector.AppId)
            .ValidateAsync("Bearer " + string.Join('.', parts), Activity("webchat", JwtVector.ServiceUrl), CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    private ChannelTokenValidator Validator(DateTimeOffset now, string appId)
    {
        var options = Options.Create(new BotOptions
        {
            AppId = appId,
            AppPassword = "unused",
            OpenIdMetadataUrl = new Uri(_channel.BaseUrl, "openid"),
        });
        var clock = new FakeTimeProvider(now);
        var keys = new ChannelKeyCache(new LoopbackHttpClients(), options, clock, NullLogger<ChannelKeyCache>.Instance);
        return new ChannelTokenValidator(keys, options, clock);
    }

    private static Activity Activity(string channelId, string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
    };

    private sealed class LoopbackHttpClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
