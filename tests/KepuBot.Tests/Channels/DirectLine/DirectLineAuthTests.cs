using KepuBot.Channels.DirectLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KepuBot.Tests.Channels.DirectLine;

/// <summary>Every Direct Line call needs the secret or a token made from it, and a token opens only its own conversation.</summary>
[Collection(DirectLineHostGroup.Name)]
public sealed class DirectLineAuthTests(DirectLineFixture dl)
{
    public static TheoryData<string, string> Calls => new()
    {
        { "POST", "/tokens/generate" },
        { "POST", "/tokens/refresh" },
        { "POST", "/conversations" },
        { "GET", "/conversations/{id}" },
        { "GET", "/conversations/{id}/activities" },
        { "POST", "/conversations/{id}/activities" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task A_call_without_credentials_gets_401(string method, string path)
    {
        var conversation = await dl.StartAsync();

        var (result, error) = await dl.CallAsync(method, path, conversation.ConversationId, bearer: null);

        Assert.Equal(401, result.Status);
        Assert.Equal("Unauthorized", error.GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task A_wrong_secret_gets_403(string method, string path)
    {
        var conversation = await dl.StartAsync();

        var (result, _) = await dl.CallAsync(method, path, conversation.ConversationId, bearer: "not-the-secret");

        Assert.Equal(403, result.Status);
    }

    [Theory]
    [InlineData("GET", "/conversations/{id}")]
    [InlineData("GET", "/conversations/{id}/activities")]
    [InlineData("POST", "/conversations/{id}/activities")]
    public async Task A_token_for_another_conversation_gets_403(string method, string path)
    {
        var mine = await dl.StartAsync();
        var theirs = await dl.StartAsync();

        var (result, _) = await dl.CallAsync(method, path, theirs.ConversationId, mine.Token);

        Assert.Equal(403, result.Status);
    }

    [Fact]
    public async Task An_expired_token_gets_403_TokenExpired_and_cannot_be_refreshed()
    {
        var conversation = await dl.StartAsync();
        var expired = MintedAnHourAgo().Issue(conversation.ConversationId, "dl_tester");

        var (read, error) = await dl.SendAsync(HttpMethod.Get, conversation.Activities, expired);
        var (refresh, _) = await dl.SendAsync(HttpMethod.Post, DirectLineFixture.Base + "/tokens/refresh", expired);

        Assert.Equal(403, read.Status);
        Assert.Equal("TokenExpired", error.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(403, refresh.Status);
    }

    [Fact]
    public async Task A_token_signed_with_another_secret_gets_403()
    {
        var conversation = await dl.StartAsync();
        var forged = new DirectLineTokens(Options.Create(new DirectLineOptions { Secret = "guessed-secret" }), TimeProvider.System, NullLogger<DirectLineTokens>.Instance)
            .Issue(conversation.ConversationId, "dl_tester");

        var (read, error) = await dl.SendAsync(HttpMethod.Get, conversation.Activities, forged);

        Assert.Equal(403, read.Status);
        Assert.Equal("TokenInvalid", error.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_token_from_another_instance_with_the_same_secret_starts_a_conversation_here()
    {
        var fromOtherInstance = new DirectLineTokens(Options.Create(new DirectLineOptions { Secret = DirectLineFixture.Secret }), TimeProvider.System, NullLogger<DirectLineTokens>.Instance)
            .Issue(DirectLineTokensApi.NewConversationId(), "dl_roaming");

        var (started, conversation) = await dl.SendAsync(HttpMethod.Post, DirectLineFixture.Base + "/conversations", fromOtherInstance, "{}");

        Assert.Equal(201, started.Status);
        Assert.StartsWith("ws://", conversation.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stream_token_from_a_streamUrl_does_not_open_the_REST_API()
    {
        var conversation = await dl.StartAsync();
        var streamToken = Uri.UnescapeDataString(conversation.StreamUrl[(conversation.StreamUrl.IndexOf("&t=", StringComparison.Ordinal) + 3)..]);

        var (read, _) = await dl.SendAsync(HttpMethod.Get, conversation.Activities, streamToken);

        Assert.Equal(403, read.Status);
    }

    private static DirectLineTokens MintedAnHourAgo() => new(
        Options.Create(new DirectLineOptions { Secret = DirectLineFixture.Secret, TokenLifetime = TimeSpan.FromMinutes(30) }),
        new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1)),
        NullLogger<DirectLineTokens>.Instance);
}
