namespace KepuKnowledge.Ingestion;

/// <summary>What a reader got out of a file: YAML front matter if any, and the body as lines (tables as pipe rows).</summary>
/// <param name="FrontMatter">The YAML between <c>---</c> fences, or null.</param>
/// <param name="Body">The body text.</param>
public sealed record SourceText(string? FrontMatter, string Body);
