using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace KepuKnowledge.Indexing;

/// <summary>One opened snapshot: its reader, searcher and catalog. Reference-counted through the reader.</summary>
public sealed class IndexGeneration
{
    private IndexGeneration(string version, DirectoryReader reader, IReadOnlyDictionary<string, CatalogEntry> catalog)
    {
        Version = version;
        Reader = reader;
        Searcher = new SnapshotSearcher(reader);
        Catalog = catalog;
        Passages = new StoredPassageCache(reader);
        RegionNames = catalog.Values.SelectMany(e => PassageDocuments.RegionNames(e.Metadata.Region)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The snapshot version.</summary>
    public string Version { get; }

    /// <summary>The Lucene reader.</summary>
    public DirectoryReader Reader { get; }

    /// <summary>A BM25 searcher over the reader.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>Document metadata and tables by id.</summary>
    public IReadOnlyDictionary<string, CatalogEntry> Catalog { get; }

    /// <summary>The stored passages, decoded once per snapshot.</summary>
    public StoredPassageCache Passages { get; }

    /// <summary>Every region name the documents of this snapshot govern, for spotting regions named in a question.</summary>
    public IReadOnlyList<string> RegionNames { get; }

    /// <summary>
    /// Ids of documents that may not be cited on <paramref name="today"/> (drafts, retired, past review, and starter
    /// content unless <paramref name="citeStarter"/>).
    /// </summary>
    public IReadOnlyList<string> UncitableOn(DateOnly today, bool citeStarter)
    {
        var cached = _uncitable;
        if (cached is not null && cached.Value.Day == today && cached.Value.CiteStarter == citeStarter)
        {
            return cached.Value.Ids;
        }

        var ids = Catalog.Where(kv => !kv.Value.Metadata.IsCitable(today, citeStarter)).Select(kv => kv.Key).ToList();
        _uncitable = (today, citeStarter, ids);
        return ids;
    }

    private (DateOnly Day, bool CiteStarter, List<string> Ids)? _uncitable;

    // Searches repeat a handful of filter combinations (kinds, regions, the day's uncitable documents); Lucene's
    // caching filter keeps each one's matching documents as a bit set per segment instead of re-running the query.
    private const int MaxCachedFilters = 256;
    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    // Looking a term up in the terms dictionary (one seek per field per segment) costs more than scoring it on an
    // index of this size, and questions reuse a small vocabulary; the looked-up states stay valid for the snapshot.
    private const int MaxCachedTerms = 200_000;
    private readonly ConcurrentDictionary<Term, TermContext> _termStates = new();

    /// <summary>The term's dictionary lookup (document frequency and per-segment states), cached for this snapshot.</summary>
    public TermContext TermStates(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (!_termStates.TryGetValue(term, out var states))
        {
            states = TermContext.Build(Reader.Context, term);
            if (_termStates.Count < MaxCachedTerms)
            {
                _termStates.TryAdd(term, states);
            }
        }

        return states;
    }

    // Values derived from the snapshot's own text (an FAQ phrasing's bigrams) are computed once per snapshot.
    private const int MaxDerived = 20_000;
    private readonly ConcurrentDictionary<string, object> _derived = new(StringComparer.Ordinal);

    /// <summary>A value derived from this snapshot's content, built by <paramref name="build"/> the first time.</summary>
    internal T Derived<T>(string key, Func<T> build)
        where T : class
    {
        if (_derived.TryGetValue(key, out var value))
        {
            return (T)value;
        }

        var built = build();
        return _derived.Count < MaxDerived ? (T)_derived.GetOrAdd(key, built) : built;
    }

    /// <summary>The cached filter for <paramref name="key"/>, built by <paramref name="build"/> the first time.</summary>
    public Filter CachedFilter(string key, Func<Filter> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (_filters.TryGetValue(key, out var filter))
        {
            return filter;
        }

        filter = new CachingWrapperFilter(build());
        return _filters.Count < MaxCachedFilters ? _filters.GetOrAdd(key, filter) : filter;
    }

    // Snapshots up to this size are read into memory: every query clones its file inputs, and a clone of a
    // memory-mapped compound file costs more than the whole search of a small index.
    private const long InMemoryLimitBytes = 256L * 1024 * 1024;

    /// <summary>Opens the snapshot at <paramref name="path"/>.</summary>
    public static IndexGeneration Open(string version, string path)
    {
        Lucene.Net.Store.Directory directory = FSDirectory.Open(new DirectoryInfo(path));
        if (new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length) <= InMemoryLimitBytes)
        {
            using var onDisk = directory;
            directory = new RAMDirectory(onDisk, IOContext.READ_ONCE);
        }

        var reader = DirectoryReader.Open(directory);
        return new IndexGeneration(version, reader, SnapshotCatalog.Read(path));
    }
}
