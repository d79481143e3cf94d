using KepuKnowledge.Duties;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace KepuKnowledge.Indexing;

/// <summary>One opened snapshot: its reader, searcher and catalog. Reference-counted through the reader.</summary>
public sealed class IndexGeneration
{
    private IndexGeneration(string version, DirectoryReader reader, IReadOnlyDictionary<string, CatalogEntry> catalog, IReadOnlyList<Duty> duties)
    {
        Duties = duties;
        Version = version;
        Reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Catalog = catalog;
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

    /// <summary>Duties extracted from the snapshot's policies.</summary>
    public IReadOnlyList<Duty> Duties { get; }

    /// <summary>Every region name the documents of this snapshot govern, for spotting regions named in a question.</summary>
    public IReadOnlyList<string> RegionNames { get; }

    /// <summary>Ids of documents that may not be cited on <paramref name="today"/> (drafts, retired, past review).</summary>
    public IReadOnlyList<string> UncitableOn(DateOnly today)
    {
        var cached = _uncitable;
        if (cached is not null && cached.Value.Day == today)
        {
            return cached.Value.Ids;
        }

        var ids = Catalog.Where(kv => !kv.Value.Metadata.IsCitable(today)).Select(kv => kv.Key).ToList();
        _uncitable = (today, ids);
        return ids;
    }

    private (DateOnly Day, List<string> Ids)? _uncitable;

    /// <summary>Opens the snapshot at <paramref name="path"/>.</summary>
    public static IndexGeneration Open(string version, string path)
    {
        var directory = FSDirectory.Open(new DirectoryInfo(path));
        var reader = DirectoryReader.Open(directory);
        return new IndexGeneration(version, reader, SnapshotCatalog.Read(path), DutyBook.Read(path));
    }
}
