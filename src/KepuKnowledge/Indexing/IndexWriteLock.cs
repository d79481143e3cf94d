namespace KepuKnowledge.Indexing;

/// <summary>
/// One index writer at a time, across processes: the service, a CLI status change and a staff upload may all sync
/// the same index. Without it, a writer that loaded the corpus before another's change could publish after it and
/// silently undo that change in the live index. The lock is an exclusive open of a file beside the snapshots,
/// which the operating system releases if the holder dies.
/// </summary>
public sealed class IndexWriteLock : IDisposable
{
    private const string FileName = "SYNC.lock";
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _file;

    private IndexWriteLock(FileStream file) => _file = file;

    /// <summary>Waits until no other writer holds the lock for the index at <paramref name="indexFolder"/>.</summary>
    public static async Task<IndexWriteLock> AcquireAsync(string indexFolder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(indexFolder);
        var path = Path.Combine(indexFolder, FileName);
        while (true)
        {
            try
            {
                return new IndexWriteLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(RetryEvery, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();
}
