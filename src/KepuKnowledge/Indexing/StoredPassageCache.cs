using System.Globalization;
using Lucene.Net.Index;

namespace KepuKnowledge.Indexing;

/// <summary>
/// Stored passages of one snapshot, read from Lucene once and kept. Every search re-ranks a few dozen candidates
/// by their text, and Lucene decompresses a whole stored-fields block for each one; a snapshot never changes, so
/// the decoded passage can be reused by every later search of the same generation.
/// </summary>
public sealed class StoredPassageCache(IndexReader reader)
{
    private static readonly HashSet<string> Fields = [IndexFields.PassageId, IndexFields.DocId, IndexFields.Section, IndexFields.Text];

    private readonly StoredPassage?[] _byDoc = new StoredPassage?[reader.MaxDoc];

    /// <summary>The passage stored for Lucene document <paramref name="doc"/>.</summary>
    public StoredPassage Get(int doc)
    {
        var cached = Volatile.Read(ref _byDoc[doc]);
        if (cached is not null)
        {
            return cached;
        }

        // Two threads may decode the same passage at once; both results are equal, so the race is harmless.
        var stored = reader.Document(doc, Fields);
        var passage = new StoredPassage(
            stored.Get(IndexFields.PassageId, CultureInfo.InvariantCulture) ?? string.Empty,
            stored.Get(IndexFields.DocId, CultureInfo.InvariantCulture) ?? string.Empty,
            stored.Get(IndexFields.Section, CultureInfo.InvariantCulture) ?? string.Empty,
            stored.Get(IndexFields.Text, CultureInfo.InvariantCulture) ?? string.Empty);
        Volatile.Write(ref _byDoc[doc], passage);
        return passage;
    }
}
