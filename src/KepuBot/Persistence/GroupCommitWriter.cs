using System.Data.Common;
using System.Threading.Channels;

namespace KepuBot.Persistence;

/// <summary>
/// The one writer of an SQLite file: takes every write queued since its last commit and runs them in one transaction,
/// each inside its own savepoint. Under load this turns many small commits, each appending the same pages to the
/// write-ahead log again, into one; a write that fails is rolled back alone and the others still commit. Each caller's
/// task completes only after the commit, so nothing is acknowledged before it is stored.
/// </summary>
internal sealed class GroupCommitWriter
{
    // Bounds how long one commit holds the file and how much a failing commit takes down with it.
    private const int MaxWritesPerCommit = 64;
    private const string Savepoint = "queued_write";

    private readonly KepuDatabase _database;
    private readonly ChannelReader<QueuedWrite> _queued;

    private GroupCommitWriter(KepuDatabase database, ChannelReader<QueuedWrite> queued)
    {
        _database = database;
        _queued = queued;
    }

    /// <summary>Finishes once the queue is closed and everything queued before has been written.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    public static GroupCommitWriter Start(KepuDatabase database, ChannelReader<QueuedWrite> queued)
    {
        var writer = new GroupCommitWriter(database, queued);
        writer.Completion = Task.Run(writer.WriteQueuedAsync);
        return writer;
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<QueuedWrite>(MaxWritesPerCommit);
        while (await _queued.WaitToReadAsync())
        {
            while (batch.Count < MaxWritesPerCommit && _queued.TryRead(out var write))
            {
                if (write.CancellationToken.IsCancellationRequested)
                {
                    write.Cancel();
                }
                else
                {
                    batch.Add(write);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
                batch.Clear();
            }
        }
    }

    private async Task CommitAsync(List<QueuedWrite> batch)
    {
        var written = new List<QueuedWrite>(batch.Count);
        try
        {
            // The callers' tokens belong to their own requests; one caller giving up must not abandon the others.
            await using var connection = await _database.OpenAsync(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
            if (batch.Count == 1)
            {
                await batch[0].RunAsync(connection, transaction);
                written.Add(batch[0]);
            }
            else
            {
                foreach (var write in batch)
                {
                    if (await TryRunAsync(write, connection, transaction))
                    {
                        written.Add(write);
                    }
                }
            }

            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            // Nothing of this transaction was stored; a write that already failed on its own keeps its own reason.
            foreach (var write in batch)
            {
                write.Fail(exception);
            }

            return;
        }

        foreach (var write in written)
        {
            write.Committed();
        }
    }

    private static async Task<bool> TryRunAsync(QueuedWrite write, DbConnection connection, DbTransaction transaction)
    {
        await transaction.SaveAsync(Savepoint);
        try
        {
            await write.RunAsync(connection, transaction);
        }
        catch (Exception exception)
        {
            // If the failure took the whole transaction with it, rolling back to the savepoint throws and the batch
            // fails as one.
            await transaction.RollbackAsync(Savepoint);
            await transaction.ReleaseAsync(Savepoint);
            write.Fail(exception);
            return false;
        }

        await transaction.ReleaseAsync(Savepoint);
        return true;
    }
}
