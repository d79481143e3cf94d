using KepuBot.Conversation;

namespace KepuBot.Agent.Answering;

/// <summary>What a configured model gave: a verified answer, or (with <see cref="Answer"/> null) a refusal that stands.</summary>
/// <param name="Answer">The verified answer, or null when the model found no basis.</param>
public sealed record ModelReply(AgentAnswer? Answer)
{
    /// <summary>The model said the knowledge holds no basis.</summary>
    public static ModelReply Declined { get; } = new((AgentAnswer?)null);
}
