namespace KepuBot.Tests;

/// <summary>One <see cref="LoggedService"/> for a test class whose tests run one after another.</summary>
public sealed class LoggedServiceFixture : IAsyncLifetime
{
    public LoggedService Service { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Service = LoggedService.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Service.DisposeAsync();
}
