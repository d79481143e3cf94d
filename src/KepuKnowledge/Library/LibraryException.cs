namespace KepuKnowledge.Library;

/// <summary>A library change that cannot be made; the message says why in words staff can act on.</summary>
public sealed class LibraryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LibraryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the validator's findings for the file.</summary>
    public LibraryException(string message, IReadOnlyList<ValidationIssue> issues)
        : base(message) => Issues = issues;

    /// <summary>Required by CA1032.</summary>
    public LibraryException()
    {
    }

    /// <summary>Required by CA1032.</summary>
    public LibraryException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>What the validator found wrong with the changed file, if that is the reason.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; } = [];
}
