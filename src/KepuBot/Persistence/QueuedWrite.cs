using System.Data.Common;

namespace KepuBot.Persistence;

/// <summary>
/// One caller's write waiting for the next group commit: its work, and the task the caller awaits, which completes
/// only once the transaction holding the work has committed.
/// </summary>
internal abstract class QueuedWrite(CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Runs the work inside the batch's transaction; the result is held back until the commit.</summary>
    public abstract Task RunAsync(DbConnection connection, DbTransaction transaction);

    /// <summary>The transaction holding the work has committed: hands the caller its result.</summary>
    public abstract void Committed();

    public abstract void Fail(Exception exception);

    public abstract void Cancel();
}

/// <inheritdoc />
internal sealed class QueuedWrite<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) : QueuedWrite(cancellationToken)
{
    // Continuations run on the thread pool, not inline in the one writer, which has the next commit to get on with.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Result => _completion.Task;

    public override async Task RunAsync(DbConnection connection, DbTransaction transaction) => _result = await work(connection, transaction);

    public override void Committed() => _completion.TrySetResult(_result);

    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    public override void Cancel() => _completion.TrySetCanceled(CancellationToken);
}
