using KepuKnowledge.Analysis;
using KepuKnowledge.Indexing;
using KepuKnowledge.Ingestion;
using KepuKnowledge.Retrieval;

namespace KepuKnowledge.Tests;

/// <summary>A real knowledge base (real files, real Lucene index on disk) over a given corpus folder.</summary>
internal static class TestKnowledge
{
    public static KnowledgeBase Create(string corpus, string indexFolder, TimeProvider? clock = null)
    {
        var paths = new KnowledgePaths(corpus, Path.Combine(RepoPaths.Corpus, "lexicon"), indexFolder);
        var segmenter = new ChineseSegmenter(Lexicon.Load(paths.Lexicon));
        var store = new IndexSnapshotStore(paths.Index);
        var index = new KnowledgeIndex(store);
        return new KnowledgeBase(
            paths,
            new CorpusLoader(new DocumentParser()),
            new KnowledgeIndexWriter(store, new KepuAnalyzers(segmenter)),
            index,
            new PassageSearcher(index, segmenter, clock ?? TimeProvider.System));
    }
}
