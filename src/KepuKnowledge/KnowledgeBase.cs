using KepuKnowledge.Indexing;
using KepuKnowledge.Ingestion;
using KepuKnowledge.Retrieval;

namespace KepuKnowledge;

/// <summary>
/// The knowledge base as the rest of the service sees it: load the corpus, bring the index up to date,
/// open the live snapshot and search it.
/// </summary>
public sealed class KnowledgeBase(
    KnowledgePaths paths,
    CorpusLoader loader,
    KnowledgeIndexWriter writer,
    KnowledgeIndex index,
    PassageSearcher searcher)
{
    /// <summary>Whether the index is open and searches can run.</summary>
    public bool IsReady => index.IsReady;

    /// <summary>The live index.</summary>
    public KnowledgeIndex Index => index;

    /// <summary>Absolute paths in use.</summary>
    public KnowledgePaths Paths => paths;

    /// <summary>Loads the corpus, writes a new snapshot if anything changed (or always, with <paramref name="full"/>), and opens it.</summary>
    public async Task<(IndexBuildReport Report, IReadOnlyList<IngestionError> Errors)> SyncAsync(bool full = false, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        // The corpus is read under the lock, so what is published includes every change made before it.
        using (await IndexWriteLock.AcquireAsync(paths.Index, cancellationToken).ConfigureAwait(false))
        {
            var corpus = await loader.LoadAsync(paths.Corpus, cancellationToken).ConfigureAwait(false);
            var report = await writer.SyncAsync(corpus.Documents, full, progress, cancellationToken).ConfigureAwait(false);
            index.Refresh();
            return (report, corpus.Errors);
        }
    }

    /// <summary>Opens the published snapshot if there is one, building it first if there is none.</summary>
    public async Task EnsureOpenAsync(CancellationToken cancellationToken = default)
    {
        if (index.Refresh() || index.IsReady)
        {
            return;
        }

        await SyncAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Searches passages.</summary>
    public SearchResult Search(SearchRequest request) => searcher.Search(request);

    /// <summary>The passages of a section of a known document (matched by the end of its heading path), without a query.</summary>
    public IReadOnlyList<SearchHit> Section(string docId, string sectionName) => searcher.Section(docId, sectionName);

    /// <summary>How specific a word is (inverse passage frequency), or null when no passage holds it.</summary>
    public double? Rarity(string word) => searcher.Rarity(word);

    /// <summary>Every region name the documents cover, each level and its short form.</summary>
    public IReadOnlyList<string> RegionNames() => searcher.RegionNames();

    /// <summary>The most specific region of each policy document (巴南区, 忠县, 濮阳市 …).</summary>
    public IReadOnlyList<string> PolicyPlaces() => searcher.PolicyPlaces();

    /// <summary>Whether a word occurs anywhere in the searchable knowledge.</summary>
    public bool Occurs(string word) => searcher.Occurs(word);

    /// <summary>Ids of the documents of a kind about an anti-fraud scenario.</summary>
    public IReadOnlyList<string> ScenarioDocuments(string kind, string scenario) => searcher.ScenarioDocuments(kind, scenario);
}
