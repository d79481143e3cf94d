namespace KepuKnowledge.Indexing;

/// <summary>
/// The live, read-only view of the index. Searches take a lease on the current generation; a refresh opens a
/// newly published snapshot and swaps it in, and the old one closes once its last search finishes.
/// </summary>
public sealed class KnowledgeIndex(IndexSnapshotStore store) : IDisposable
{
    private readonly Lock _swapLock = new();
    private IndexGeneration? _current;

    /// <summary>Whether a snapshot is open and searches can run.</summary>
    public bool IsReady => Volatile.Read(ref _current) is not null;

    /// <summary>The open snapshot's version.</summary>
    public string? Version => Volatile.Read(ref _current)?.Version;

    /// <summary>The snapshot store behind the index.</summary>
    public IndexSnapshotStore Store => store;

    /// <summary>Opens the published snapshot if it differs from the open one. Returns whether it swapped.</summary>
    public bool Refresh()
    {
        lock (_swapLock)
        {
            var version = store.CurrentVersion;
            if (version is null || version == _current?.Version)
            {
                return false;
            }

            var next = IndexGeneration.Open(version, store.PathOf(version));
            var previous = Interlocked.Exchange(ref _current, next);
            previous?.Reader.DecRef();
            return true;
        }
    }

    /// <summary>Takes a lease on the current generation.</summary>
    /// <exception cref="InvalidOperationException">No snapshot is open yet.</exception>
    public IndexLease Acquire()
    {
        while (true)
        {
            var generation = Volatile.Read(ref _current) ?? throw new InvalidOperationException("The knowledge index is not built yet.");
            if (generation.Reader.TryIncRef())
            {
                return new IndexLease(generation);
            }

            // The generation closed between the read and the increment: a swap happened; read again.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        var generation = Interlocked.Exchange(ref _current, null);
        generation?.Reader.DecRef();
    }
}
