using KepuKnowledge.Analysis;
using KepuKnowledge.Duties;
using KepuKnowledge.Indexing;
using KepuKnowledge.Ingestion;
using KepuKnowledge.Library;
using KepuKnowledge.Retrieval;
using Microsoft.Extensions.Options;

namespace KepuKnowledge.Tests;

/// <summary>A real knowledge base (real files, real Lucene index on disk) over a given corpus folder.</summary>
internal static class TestKnowledge
{
    private static readonly Lazy<ChineseSegmenter> SharedSegmenter = new(() => new ChineseSegmenter(Lexicon.Load(Path.Combine(RepoPaths.Corpus, "lexicon"))));

    /// <summary>The segmenter over the bundled lexicon.</summary>
    public static ChineseSegmenter Segmenter => SharedSegmenter.Value;

    public static KnowledgeBase Create(string corpus, string indexFolder, TimeProvider? clock = null, LibraryOptions? library = null)
    {
        var paths = new KnowledgePaths(corpus, Path.Combine(RepoPaths.Corpus, "lexicon"), indexFolder);
        var store = new IndexSnapshotStore(paths.Index);
        var index = new KnowledgeIndex(store);
        return new KnowledgeBase(
            paths,
            new CorpusLoader(new DocumentParser()),
            new KnowledgeIndexWriter(store, new KepuAnalyzers(Segmenter), [new DutySnapshotWriter()]),
            index,
            new PassageSearcher(index, Segmenter, Options.Create(library ?? new LibraryOptions()), clock ?? TimeProvider.System));
    }
}
