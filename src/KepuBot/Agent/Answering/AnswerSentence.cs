using KepuKnowledge.Retrieval;

namespace KepuBot.Agent.Answering;

/// <summary>A sentence taken from a passage, scored against the question.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Hit">The passage it came from.</param>
/// <param name="Position">Its position in the passage.</param>
/// <param name="Score">How well it answers.</param>
public sealed record AnswerSentence(string Text, SearchHit Hit, int Position, double Score);
