namespace KepuKnowledge.Analysis;

/// <summary>A token: its normalized text and where it stands in the input.</summary>
/// <param name="Text">Normalized token text.</param>
/// <param name="Start">Start offset in the input.</param>
/// <param name="End">End offset (exclusive) in the input.</param>
public readonly record struct TokenSpan(string Text, int Start, int End);
