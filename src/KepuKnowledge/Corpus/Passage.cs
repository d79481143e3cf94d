namespace KepuKnowledge.Corpus;

/// <summary>A citable piece of a document: one section (or part of a long one) with its heading path.</summary>
/// <param name="DocId">The document it belongs to.</param>
/// <param name="Ordinal">Its position in the document, from 0.</param>
/// <param name="HeadingPath">The headings above it, outermost first.</param>
/// <param name="Text">The passage text.</param>
public sealed record Passage(string DocId, int Ordinal, IReadOnlyList<string> HeadingPath, string Text)
{
    /// <summary>Separator used when a heading path is shown as one string.</summary>
    public const string PathSeparator = " › ";

    /// <summary>Unique id of the passage within the corpus.</summary>
    public string Id => $"{DocId}#{Ordinal}";

    /// <summary>The heading path as one string, e.g. 二、… › （四）… › 12.….</summary>
    public string Section => string.Join(PathSeparator, HeadingPath);
}
