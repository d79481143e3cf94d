using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Xunit.Abstractions;

namespace KepuBot.Tests.Channels.DirectLine;

/// <summary>
/// The official botframework-directlinejs client (the one inside Web Chat), under Node, against the real service on a
/// loopback port: token from /api/directline/token, start, WebSocket stream, post, answer.
/// </summary>
public sealed class DirectLineJsClientTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(60);

    private KepuBotFactory Factory { get; } = new() { Pipeline = new ScriptedTurnPipeline() };
    private string _baseUrl = string.Empty;

    public Task InitializeAsync()
    {
        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        _baseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    [Fact]
    public async Task The_official_client_is_welcomed_and_gets_the_answer_with_sources_and_suggestions()
    {
        await NodeScript.EnsureInstalledAsync();
        const string question = "接到自称公检法的电话要求转账怎么办";

        var (exitCode, stdout, stderr) = await NodeScript.RunAsync("node", ["ask.js", _baseUrl, question], ScriptTimeout);

        output.WriteLine(stdout);
        Assert.True(exitCode == 0, $"node ask.js exited {exitCode}:\n{stderr}\n{stdout}");
        var seen = JsonDocument.Parse(stdout).RootElement;
        Assert.Contains("科普问答助手", seen.GetProperty("welcome").GetString(), StringComparison.Ordinal);
        var reply = seen.GetProperty("reply");
        Assert.Equal(ScriptedTurnPipeline.AnswerTo(question), reply.GetProperty("text").GetString());
        Assert.Equal(ScriptedTurnPipeline.FollowUps, reply.GetProperty("suggestedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["application/vnd.microsoft.card.adaptive"], reply.GetProperty("attachments").EnumerateArray().Select(a => a.GetString()));
    }
}
