namespace KepuKnowledge.Library;

/// <summary>How serious a validation finding is.</summary>
public enum IssueSeverity
{
    /// <summary>The file must be fixed: it is skipped, or would be cited wrongly.</summary>
    Error,

    /// <summary>Worth a look, but the file is usable.</summary>
    Warning,
}
