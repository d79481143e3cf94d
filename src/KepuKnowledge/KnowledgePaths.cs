namespace KepuKnowledge;

/// <summary>Absolute paths of the corpus, lexicon and index.</summary>
/// <param name="Corpus">Corpus folder.</param>
/// <param name="Lexicon">Lexicon folder.</param>
/// <param name="Index">Index snapshot folder.</param>
public sealed record KnowledgePaths(string Corpus, string Lexicon, string Index)
{
    /// <summary>Resolves configured paths against a content root.</summary>
    public static KnowledgePaths Resolve(string contentRoot, KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var corpus = Path.GetFullPath(options.CorpusPath, contentRoot);
        return new KnowledgePaths(
            corpus,
            Path.GetFullPath(options.LexiconPath ?? Path.Combine(corpus, "lexicon"), contentRoot),
            Path.GetFullPath(options.IndexPath, contentRoot));
    }
}
