namespace KepuKnowledge.Indexing;

/// <summary>The stored fields of one indexed passage that ranking and answers need.</summary>
/// <param name="PassageId">The passage id.</param>
/// <param name="DocId">The document id.</param>
/// <param name="Section">The section heading path.</param>
/// <param name="Text">The passage text.</param>
public sealed record StoredPassage(string PassageId, string DocId, string Section, string Text);
