namespace KepuBot.Conversation;

/// <summary>
/// The one channel-neutral entry point: a message in, the agent's answer out. Channels are thin adapters over it;
/// it records the turn, runs safety checks and the agent, and never depends on a channel.
/// </summary>
public interface ITurnPipeline
{
    /// <summary>Handles one turn.</summary>
    Task<AgentAnswer> HandleAsync(TurnRequest request, CancellationToken cancellationToken);
}
