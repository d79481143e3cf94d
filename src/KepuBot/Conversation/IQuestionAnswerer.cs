namespace KepuBot.Conversation;

/// <summary>
/// What the turn pipeline asks for an answer. The agent implements it, so the turn depends on this contract and the
/// agent on the turn's types, never the other way round.
/// </summary>
public interface IQuestionAnswerer
{
    /// <summary>Answers one question from the knowledge base, or says plainly why not.</summary>
    Task<AgentAnswer> AnswerAsync(AgentQuestion question, CancellationToken cancellationToken);
}
