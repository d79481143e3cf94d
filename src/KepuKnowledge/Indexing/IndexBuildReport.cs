namespace KepuKnowledge.Indexing;

/// <summary>What an index build or update did.</summary>
/// <param name="Version">The snapshot now live (unchanged if nothing changed).</param>
/// <param name="Mode">"full", "incremental" or "unchanged".</param>
/// <param name="Documents">Documents in the index.</param>
/// <param name="Passages">Passages written in this run.</param>
/// <param name="Changed">Ids of documents added or replaced.</param>
/// <param name="Removed">Ids of documents removed.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record IndexBuildReport(
    string Version,
    string Mode,
    int Documents,
    int Passages,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Removed,
    TimeSpan Elapsed);
