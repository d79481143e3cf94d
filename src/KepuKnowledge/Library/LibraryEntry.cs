using KepuKnowledge.Corpus;

namespace KepuKnowledge.Library;

/// <summary>An article or FAQ entry as the staff list shows it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Title">Its title (an FAQ entry's question).</param>
/// <param name="Status">draft, vetted or retired.</param>
/// <param name="Author">Who wrote or imported it.</param>
/// <param name="Reviewer">Who approved it.</param>
/// <param name="ReviewBy">When it must be reviewed again.</param>
/// <param name="Citable">Whether answers may cite it today (vetted and in date).</param>
/// <param name="Path">Its file, relative to the corpus root.</param>
public sealed record LibraryEntry(string Id, string Kind, string Title, VettingStatus Status, string? Author, string? Reviewer, DateOnly? ReviewBy, bool Citable, string Path);
