namespace KepuBot.Channels.Activities;

/// <summary>
/// Runs turns after the HTTP request that brought them has been answered: channels time out within seconds
/// (Azure Bot Service after ~15 s, DirectLineJS after 20 s) while an answer can take longer. Work for one
/// conversation runs in arrival order; different conversations run in parallel, a bounded number at a time.
/// Shutdown waits briefly for turns in flight. In memory: a turn queued on an instance that dies is lost.
/// </summary>
public sealed class TurnScheduler(ILogger<TurnScheduler> logger) : IHostedService, IDisposable
{
    private const int MaxParallelTurns = 16;
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(20);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(MaxParallelTurns, MaxParallelTurns);
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Queues <paramref name="work"/> behind earlier work for the same conversation.</summary>
    public void Enqueue(string conversationKey, Func<CancellationToken, Task> work)
    {
        lock (_gate)
        {
            var previous = _tails.GetValueOrDefault(conversationKey) ?? Task.CompletedTask;
            var next = RunAfterAsync(previous, work);
            _tails[conversationKey] = next;
            _ = next.ContinueWith(_ => Forget(conversationKey, next), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] pending;
        lock (_gate)
        {
            pending = [.. _tails.Values];
        }

        var drained = Task.WhenAll(pending);
        if (await Task.WhenAny(drained, Task.Delay(DrainTimeout, cancellationToken)) != drained)
        {
            logger.LogWarning("Stopping with {Count} conversation turns unfinished", pending.Length);
        }

        // A host disposed before it was stopped (a test host torn down early) has already let go of the token.
        if (Volatile.Read(ref _disposed) == 0)
        {
            await _stopping.CancelAsync();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Dispose();
            _slots.Dispose();
        }
    }

    private int _disposed;

    private async Task RunAfterAsync(Task previous, Func<CancellationToken, Task> work)
    {
        // Never run the work on the caller's thread: Enqueue holds a lock and the caller is answering a request.
        await Task.Yield();
        await previous;
        await _slots.WaitAsync(CancellationToken.None);
        try
        {
            await work(_stopping.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The work reports its own failures to the user; this only keeps one bad turn from stalling the rest.
            logger.LogError(e, "A queued conversation turn failed");
        }
        finally
        {
            _slots.Release();
        }
    }

    private void Forget(string conversationKey, Task finished)
    {
        lock (_gate)
        {
            if (_tails.TryGetValue(conversationKey, out var tail) && tail == finished)
            {
                _tails.Remove(conversationKey);
            }
        }
    }
}
