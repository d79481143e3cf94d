namespace KepuKnowledge.Ingestion;

/// <summary>The document files of a corpus folder: every readable file except the lexicon, READMEs and hidden files.</summary>
public static class CorpusFiles
{
    // Lexicon and synonym lists configure analysis; they are not documents.
    private static readonly string[] ExcludedFolders = ["lexicon", "aliases"];

    /// <summary>Paths relative to <paramref name="root"/> (with '/' separators), in ordinal order.</summary>
    public static IEnumerable<string> Enumerate(string root, DocumentParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(relative => !IsExcluded(relative) && parser.CanRead(relative))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsExcluded(string relative)
    {
        var first = relative.Split('/')[0];
        return ExcludedFolders.Contains(first, StringComparer.Ordinal)
            || Path.GetFileName(relative).StartsWith("README", StringComparison.OrdinalIgnoreCase)
            || Path.GetFileName(relative).StartsWith('.');
    }
}
