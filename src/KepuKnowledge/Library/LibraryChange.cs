using KepuKnowledge.Corpus;

namespace KepuKnowledge.Library;

/// <summary>What a library change did.</summary>
/// <param name="DocId">The article or FAQ entry changed.</param>
/// <param name="Path">Its file, relative to the corpus root.</param>
/// <param name="Before">Status before (null for a new file).</param>
/// <param name="After">Status after.</param>
/// <param name="IndexVersion">The index snapshot now live, which includes the change.</param>
/// <param name="Dependents">Vetted FAQ entries that cite the article, which stop being used when it is retired.</param>
public sealed record LibraryChange(string DocId, string Path, VettingStatus? Before, VettingStatus After, string IndexVersion, IReadOnlyList<string> Dependents);
