using KepuBot.Channels.DirectLine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KepuBot.Tests.Channels.DirectLine;

/// <summary>
/// Tokens depend on the configured secret only, so every instance of a deployment accepts every other's; an instance
/// left without a secret says loudly that its tokens are its own.
/// </summary>
public sealed class DirectLineTokensTests
{
    [Fact]
    public async Task Instances_sharing_the_secret_accept_each_others_conversation_and_stream_tokens()
    {
        var issuing = Instance("shared-secret-0123456789");
        var checking = Instance("shared-secret-0123456789");

        var conversation = await checking.CheckAsync(issuing.Issue("conv-1", "dl_user"), DirectLineTokens.ConversationScope);
        var stream = await checking.CheckAsync(issuing.IssueStream("conv-1"), DirectLineTokens.StreamScope);

        Assert.Equal("conv-1", conversation.Caller?.ConversationId);
        Assert.Equal("dl_user", conversation.Caller?.UserId);
        Assert.Equal("conv-1", stream.Caller?.ConversationId);
    }

    [Fact]
    public async Task Without_a_secret_each_process_has_its_own_and_warns_about_it()
    {
        var logs = new CapturedLogs();
        var first = Instance(string.Empty, logs);
        var second = Instance(string.Empty);

        var elsewhere = await second.CheckAsync(first.Issue("conv-2", null), DirectLineTokens.ConversationScope);

        Assert.Equal("TokenInvalid", elsewhere.Code);
        Assert.True(logs.Any("Warning: DirectLine:Secret is empty"));
    }

    private static DirectLineTokens Instance(string secret, CapturedLogs? logs = null)
    {
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs ?? new CapturedLogs()));
        return new DirectLineTokens(Options.Create(new DirectLineOptions { Secret = secret }), TimeProvider.System, factory.CreateLogger<DirectLineTokens>());
    }
}
