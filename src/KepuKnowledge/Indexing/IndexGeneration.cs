using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace KepuKnowledge.Indexing;

/// <summary>One opened snapshot: its reader, searcher and catalog. Reference-counted through the reader.</summary>
public sealed class IndexGeneration
{
    private IndexGeneration(string version, DirectoryReader reader, IReadOnlyDictionary<string, CatalogEntry> catalog)
    {
        Version = version;
        Reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Catalog = catalog;
    }

    /// <summary>The snapshot version.</summary>
    public string Version { get; }

    /// <summary>The Lucene reader.</summary>
    public DirectoryReader Reader { get; }

    /// <summary>A BM25 searcher over the reader.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>Document metadata and tables by id.</summary>
    public IReadOnlyDictionary<string, CatalogEntry> Catalog { get; }

    /// <summary>Opens the snapshot at <paramref name="path"/>.</summary>
    public static IndexGeneration Open(string version, string path)
    {
        var directory = FSDirectory.Open(new DirectoryInfo(path));
        var reader = DirectoryReader.Open(directory);
        return new IndexGeneration(version, reader, SnapshotCatalog.Read(path));
    }
}
