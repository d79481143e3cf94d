namespace KepuKnowledge.Corpus;

/// <summary>Whether a policy document is still in force (有效性).</summary>
public enum Validity
{
    /// <summary>在效: in force.</summary>
    InForce,

    /// <summary>已修订: replaced by a revised version.</summary>
    Revised,

    /// <summary>已废止: repealed.</summary>
    Repealed,
}
