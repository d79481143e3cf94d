namespace KepuBot.Tests.Channels;

/// <summary>Waits for something the service does after it has answered the request (replies are sent in the background).</summary>
public static class Eventually
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static Task<T> GetAsync<T>(Func<T?> probe, string what)
        where T : class =>
        PollAsync(() => Task.FromResult(probe()), what, TimeSpan.FromMilliseconds(20));

    public static Task<T> GetAsync<T>(Func<Task<T?>> probe, string what)
        where T : class =>
        PollAsync(probe, what, TimeSpan.FromMilliseconds(50));

    public static async Task<T> GetValueAsync<T>(Func<Task<T?>> probe, string what)
        where T : struct =>
        (await PollAsync(async () => await probe() is { } value ? new Found<T>(value) : null, what, TimeSpan.FromMilliseconds(50))).Value;

    private static async Task<T> PollAsync<T>(Func<Task<T?>> probe, string what, TimeSpan interval)
        where T : class
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(interval);
        }

        throw new TimeoutException($"gave up waiting for {what}");
    }

    // Lets value-type results share the reference-type polling loop.
    private sealed record Found<T>(T Value);
}
