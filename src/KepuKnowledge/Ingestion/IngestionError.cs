namespace KepuKnowledge.Ingestion;

/// <summary>A file that was skipped, with the reason.</summary>
/// <param name="Path">The file, relative to the corpus root.</param>
/// <param name="Reason">Why it was skipped.</param>
public sealed record IngestionError(string Path, string Reason);
