using KepuKnowledge.Analysis;
using KepuKnowledge.Indexing;

namespace KepuKnowledge.Duties;

/// <summary>Duty lookups over the live snapshot (the book follows snapshot swaps).</summary>
public sealed class DutyService(KnowledgeIndex index, IndexSnapshotStore store, ChineseSegmenter segmenter)
{
    private (string Version, DutyBook Book)? _cached;

    /// <summary>The title of a document in the live snapshot.</summary>
    public string? TitleOf(string docId)
    {
        using var lease = index.Acquire();
        return lease.Generation.Catalog.TryGetValue(docId, out var entry) ? entry.Metadata.Title : null;
    }

    /// <summary>Documents whose region the question names (巴南区 → banan-2021-2025); empty when it names none.</summary>
    public IReadOnlySet<string> DocumentsForRegionIn(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = ChineseNormalizer.Normalize(question);
        using var lease = index.Acquire();
        return lease.Generation.Catalog
            .Where(kv => PassageDocuments.RegionNames(kv.Value.Metadata.Region).Any(r => r.Length >= 2 && text.Contains(r, StringComparison.Ordinal)))
            .Select(kv => kv.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The duty book of the live snapshot.</summary>
    public DutyBook Book
    {
        get
        {
            using var lease = index.Acquire();
            var generation = lease.Generation;
            var cached = _cached;
            if (cached is not null && cached.Value.Version == generation.Version)
            {
                return cached.Value.Book;
            }

            // Read under the lease, from the snapshot the generation was opened from (DutySnapshotWriter wrote it there).
            var book = new DutyBook(DutyBook.Read(store.PathOf(generation.Version)), segmenter);
            _cached = (generation.Version, book);
            return book;
        }
    }
}
