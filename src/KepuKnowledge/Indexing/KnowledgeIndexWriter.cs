using System.Diagnostics;
using KepuKnowledge.Analysis;
using KepuKnowledge.Corpus;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KepuKnowledge.Indexing;

/// <summary>
/// Builds snapshots: a full build from the corpus, or an incremental one that copies the live snapshot and
/// replaces only documents whose files changed. Either way the result is published atomically, with what each
/// <see cref="ISnapshotContributor"/> writes beside the index (none: the index alone, as the benchmarks build it).
/// </summary>
public sealed class KnowledgeIndexWriter(IndexSnapshotStore store, KepuAnalyzers analyzers, IEnumerable<ISnapshotContributor>? contributors = null)
{
    /// <summary>
    /// Version of how documents map to index fields and passages. Bump it when that mapping changes, so that
    /// existing snapshots are rebuilt in full rather than patched with differently shaped documents. 5: the catalog
    /// reads the bundled library's old "vetted by the project team" marking as starter, so unchanged files get it too.
    /// </summary>
    public const int FormatVersion = 6;

    private const string FormatFile = "FORMAT";

    /// <summary>Brings the index in line with <paramref name="documents"/>, rebuilding only what changed unless <paramref name="full"/>.</summary>
    public async Task<IndexBuildReport> SyncAsync(IReadOnlyList<KnowledgeDocument> documents, bool full = false, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var stopwatch = Stopwatch.StartNew();
        var current = store.CurrentVersion;
        var catalog = current is null ? new Dictionary<string, CatalogEntry>() : SnapshotCatalog.Read(store.PathOf(current));
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var changed = documents.Where(d => !catalog.TryGetValue(d.Id, out var entry) || entry.ContentHash != d.ContentHash).ToList();
        var removed = catalog.Keys.Where(id => !byId.ContainsKey(id)).ToList();
        if (current is not null && !full && changed.Count == 0 && removed.Count == 0 && ReadFormat(store.PathOf(current)) == FormatVersion)
        {
            return new IndexBuildReport(current, "unchanged", catalog.Count, 0, [], [], stopwatch.Elapsed);
        }

        var incremental = current is not null && !full && ReadFormat(store.PathOf(current)) == FormatVersion;
        var version = store.CreateStaging();
        var path = store.PathOf(version);
        try
        {
            if (incremental)
            {
                CopySnapshot(store.PathOf(current!), path);
            }

            var toWrite = incremental ? changed : documents.ToList();
            var passages = WriteLucene(path, toWrite, incremental ? changed.Select(d => d.Id).Concat(removed) : [], incremental, progress, cancellationToken);
            var newCatalog = documents.ToDictionary(
                d => d.Id,
                d => new CatalogEntry(d.Metadata, d.SourcePath, d.ContentHash, d.Tables, d.Passages.Count),
                StringComparer.Ordinal);
            await SnapshotCatalog.WriteAsync(path, newCatalog, cancellationToken).ConfigureAwait(false);
            foreach (var contributor in contributors ?? [])
            {
                await contributor.WriteAsync(path, documents, cancellationToken).ConfigureAwait(false);
            }

            await File.WriteAllTextAsync(Path.Combine(path, FormatFile), FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            store.Publish(version);
            return new IndexBuildReport(
                version,
                incremental ? "incremental" : "full",
                documents.Count,
                passages,
                (incremental ? changed : documents).Select(d => d.Id).ToList(),
                removed,
                stopwatch.Elapsed);
        }
        catch
        {
            store.Discard(version);
            throw;
        }
    }

    private int WriteLucene(string path, IReadOnlyList<KnowledgeDocument> documents, IEnumerable<string> deleteIds, bool append, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        var analyzer = analyzers.PerField(IndexFields.BigramFields, IndexFields.KeywordFields);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = append ? OpenMode.APPEND : OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var id in deleteIds)
        {
            writer.DeleteDocuments(new Term(IndexFields.DocId, id));
        }

        var written = 0;
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var passage in PassageDocuments.PassagesOf(document))
            {
                writer.AddDocument(PassageDocuments.ToLucene(document.Metadata, passage));
                written++;
                if (written % 1000 == 0)
                {
                    progress?.Report(written);
                }
            }
        }

        writer.Commit();
        progress?.Report(written);
        return written;
    }

    private static int ReadFormat(string snapshotPath)
    {
        var file = Path.Combine(snapshotPath, FormatFile);
        return File.Exists(file) && int.TryParse(File.ReadAllText(file), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : 0;
    }

    private static void CopySnapshot(string from, string to)
    {
        foreach (var file in System.IO.Directory.GetFiles(from))
        {
            if (Path.GetFileName(file) is not "write.lock" and not FormatFile and not "duties.json")
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }
        }
    }
}
