using KepuKnowledge;
using KepuKnowledge.Analysis;

namespace KepuBot.Safety;

/// <summary>
/// The configurable prohibited-content list (<c>corpus/lexicon/prohibited.txt</c>, one term per line), checked on
/// every question and on every answer before it is sent.
/// </summary>
public sealed class ProhibitedContent
{
    private readonly string[] _terms;

    /// <summary>Loads the list from the lexicon folder.</summary>
    public ProhibitedContent(KnowledgePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var file = Path.Combine(paths.Lexicon, "prohibited.txt");
        _terms = File.Exists(file)
            ? File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(ChineseNormalizer.Normalize).ToArray()
            : [];
    }

    /// <summary>The first prohibited term in <paramref name="text"/>, or null.</summary>
    public string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ChineseNormalizer.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        return _terms.FirstOrDefault(t => normalized.Contains(t, StringComparison.Ordinal));
    }
}
