namespace KepuKnowledge.Library;

/// <summary>One finding of the corpus validator: which file, which front-matter field, and why.</summary>
/// <param name="Path">The file, relative to the corpus root.</param>
/// <param name="Field">The front-matter field at fault (or <c>file</c>, <c>front matter</c>, <c>answer</c>).</param>
/// <param name="Reason">What is wrong, in words staff can act on.</param>
/// <param name="Severity">Error or warning.</param>
public sealed record ValidationIssue(string Path, string Field, string Reason, IssueSeverity Severity = IssueSeverity.Error)
{
    /// <summary>Reads a <see cref="Ingestion.CorpusFormatException"/> message of the form "field: reason".</summary>
    public static ValidationIssue FromMessage(string path, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        return colon is > 0 and <= 20
            ? new ValidationIssue(path, message[..colon], message[(colon + 2)..])
            : new ValidationIssue(path, "file", message);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Field}: {Reason}";
}
