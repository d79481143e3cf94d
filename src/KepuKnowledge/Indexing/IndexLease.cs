namespace KepuKnowledge.Indexing;

/// <summary>A hold on one index generation for the length of a search; the snapshot stays open until released.</summary>
public sealed class IndexLease : IDisposable
{
    private IndexGeneration? _generation;

    internal IndexLease(IndexGeneration generation) => _generation = generation;

    /// <summary>The generation held.</summary>
    public IndexGeneration Generation => _generation ?? throw new ObjectDisposedException(nameof(IndexLease));

    /// <inheritdoc />
    public void Dispose()
    {
        var generation = Interlocked.Exchange(ref _generation, null);
        generation?.Reader.DecRef();
    }
}
