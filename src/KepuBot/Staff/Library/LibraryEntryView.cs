using KepuKnowledge.Library;

namespace KepuBot.Staff.Library;

/// <summary>An article or FAQ entry as the console shows it (status as draft / vetted / retired / starter).</summary>
public sealed record LibraryEntryView(string Id, string Kind, string Title, string Status, string? Author, string? Reviewer, DateOnly? ReviewBy, bool Citable, string Path)
{
    /// <summary>The view of an entry.</summary>
    public static LibraryEntryView From(LibraryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Id, entry.Kind, entry.Title, entry.Status.ToString().ToLowerInvariant(), entry.Author, entry.Reviewer, entry.ReviewBy, entry.Citable, entry.Path);
    }
}
