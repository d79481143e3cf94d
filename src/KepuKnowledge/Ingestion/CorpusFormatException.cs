namespace KepuKnowledge.Ingestion;

/// <summary>A document that cannot be read or whose metadata is malformed; the message names the field.</summary>
public sealed class CorpusFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CorpusFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the underlying cause.</summary>
    public CorpusFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Required by CA1032.</summary>
    public CorpusFormatException()
    {
    }
}
