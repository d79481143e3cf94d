namespace KepuKnowledge.Library;

/// <summary>Why a library change was refused, so a caller can answer with the right status.</summary>
public enum LibraryRefusal
{
    /// <summary>The request or the file it would produce is invalid (the message names the field).</summary>
    Invalid,

    /// <summary>No article or FAQ entry has that id.</summary>
    NotFound,

    /// <summary>The change conflicts with the library as it is (the id is taken, the author approving their own article).</summary>
    Conflict,
}
