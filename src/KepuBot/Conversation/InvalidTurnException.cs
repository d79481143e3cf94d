namespace KepuBot.Conversation;

/// <summary>A message the pipeline will not process (empty, too long, binary); channels turn it into a 4xx.</summary>
public sealed class InvalidTurnException : Exception
{
    /// <summary>Creates the exception with a reason the user can read.</summary>
    public InvalidTurnException(string message)
        : base(message)
    {
    }

    /// <summary>Required by CA1032.</summary>
    public InvalidTurnException()
    {
    }

    /// <summary>Required by CA1032.</summary>
    public InvalidTurnException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
