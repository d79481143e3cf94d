namespace KepuKnowledge.Library;

/// <summary>A file staff add to the library, with what the file itself cannot say.</summary>
/// <param name="FileName">The original file name; its extension picks the reader (.md .txt .docx .pdf .html).</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="Kind">antifraud, debunk, emergency, health or digital.</param>
public sealed record LibraryImport(string FileName, byte[] Content, string Kind)
{
    /// <summary>The id to give it; defaults to the file name.</summary>
    public string? Id { get; init; }

    /// <summary>Named authoritative sources (needed before approval).</summary>
    public IReadOnlyList<string> Basis { get; init; } = [];

    /// <summary>Topic words (needed before approval).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Who it is for (needed before approval).</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary>For a debunk: the claim as people phrase it.</summary>
    public string? Claim { get; init; }

    /// <summary>For a debunk: 谣言, 误区 or 部分正确.</summary>
    public string? Verdict { get; init; }
}
