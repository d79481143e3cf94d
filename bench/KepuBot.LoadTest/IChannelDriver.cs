namespace KepuBot.LoadTest;

/// <summary>One channel's client side: holds one conversation, message after message, until told to stop.</summary>
internal interface IChannelDriver : IAsyncDisposable
{
    /// <summary>Sets up what every conversation shares (a fake connector, say).</summary>
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Sends messages in conversation <paramref name="index"/> one at a time, each waiting for its reply, until
    /// <paramref name="stop"/> fires; records every outcome.
    /// </summary>
    Task RunConversationAsync(int index, CancellationToken stop);

    /// <summary>After the run: waits briefly for late or duplicate replies and records them.</summary>
    Task FinishAsync();
}
