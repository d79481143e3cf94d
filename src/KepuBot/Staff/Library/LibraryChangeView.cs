using KepuKnowledge.Library;

namespace KepuBot.Staff.Library;

/// <summary>What a change did, as the console shows it: before and after status, the live index version, and FAQ
/// entries that stop being used because the article they cite was retired.</summary>
public sealed record LibraryChangeView(string DocId, string Path, string? Before, string After, string IndexVersion, IReadOnlyList<string> Dependents)
{
    /// <summary>The view of a change.</summary>
    public static LibraryChangeView From(LibraryChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(change.DocId, change.Path, change.Before?.ToString().ToLowerInvariant(), change.After.ToString().ToLowerInvariant(), change.IndexVersion, change.Dependents);
    }
}
