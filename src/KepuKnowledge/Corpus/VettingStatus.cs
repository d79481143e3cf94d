namespace KepuKnowledge.Corpus;

/// <summary>Where a library article stands in the review workflow.</summary>
public enum VettingStatus
{
    /// <summary>Written but not yet reviewed; never cited.</summary>
    Draft,

    /// <summary>Reviewed and approved; may be cited while in date.</summary>
    Vetted,

    /// <summary>Withdrawn; never cited.</summary>
    Retired,
}
