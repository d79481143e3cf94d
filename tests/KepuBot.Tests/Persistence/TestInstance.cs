using KepuBot.Persistence;

namespace KepuBot.Tests.Persistence;

/// <summary>One service instance's view of a shared test database.</summary>
internal sealed class TestInstance(KepuDatabase database, ChangeFeed feed, PostgresChangeListener listener) : IAsyncDisposable
{
    public KepuDatabase Database { get; } = database;

    public ChangeFeed Feed { get; } = feed;

    public async ValueTask DisposeAsync()
    {
        await listener.StopAsync(CancellationToken.None);
        listener.Dispose();
        Database.Dispose();
    }
}
