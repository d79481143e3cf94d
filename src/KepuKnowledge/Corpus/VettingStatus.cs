namespace KepuKnowledge.Corpus;

/// <summary>Where a library article stands in the review workflow.</summary>
public enum VettingStatus
{
    /// <summary>Written but not yet reviewed; never cited.</summary>
    Draft,

    /// <summary>Reviewed and approved by a named reviewer other than its author; may be cited while in date.</summary>
    Vetted,

    /// <summary>Withdrawn; never cited.</summary>
    Retired,

    /// <summary>
    /// Bundled with the project as a starter set and not yet reviewed by the deploying organisation: cited with
    /// <see cref="StarterContent.Notice"/> while <c>Library:CiteUnreviewedStarter</c> is on, never once it is off.
    /// </summary>
    Starter,
}
