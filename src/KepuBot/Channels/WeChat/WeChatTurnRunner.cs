using KepuBot.Conversation;

namespace KepuBot.Channels.WeChat;

/// <summary>
/// Runs a turn detached from the HTTP request: WeChat drops the connection after 5 s, but a slow answer is still wanted
/// (for the retries, or for the customer-service API).
/// </summary>
internal sealed class WeChatTurnRunner(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime)
{
    // Past this no channel can deliver the answer usefully; stop holding the pipeline's resources.
    private static readonly TimeSpan TurnLimit = TimeSpan.FromMinutes(2);

    public Task<AgentAnswer> StartAsync(TurnRequest request) => Task.Run(() => RunAsync(request));

    private async Task<AgentAnswer> RunAsync(TurnRequest request)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        limit.CancelAfter(TurnLimit);
        // Its own scope: the pipeline may be scoped (it records the turn) and must outlive the request's scope.
        await using var scope = scopes.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<ITurnPipeline>();
        return await pipeline.HandleAsync(request, limit.Token);
    }
}
