namespace KepuBot.Conversation;

/// <summary>A source an answer rests on: the document, the section (heading path) and the passage quoted.</summary>
/// <param name="DocId">Document id.</param>
/// <param name="Title">Document title.</param>
/// <param name="Section">Heading path of the passage.</param>
/// <param name="Quote">The passage text.</param>
public sealed record Citation(string DocId, string Title, string Section, string Quote)
{
    /// <summary>A note when the document is repealed, revised or out of period, or is starter content awaiting local review.</summary>
    public string? Notice { get; init; }
}
