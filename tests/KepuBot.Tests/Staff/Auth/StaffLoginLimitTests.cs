using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace KepuBot.Tests.Staff.Auth;

/// <summary>
/// Password guessing from one address is slowed down: past the limit, sign-in gets 429 with Retry-After, while a
/// second address keeps its own budget.
/// </summary>
public sealed class StaffLoginLimitTests : IAsyncLifetime
{
    private readonly StaffHost _host = new();

    public Task InitializeAsync()
    {
        _host.Factory.Settings["RateLimits:StaffLogin:PermitLimit"] = "3";

        // Real Kestrel, so each connection carries the address it came from (the in-memory server gives every
        // request the same one, where a single global limiter would pass this test too).
        return _host.ServeOnLoopbackAsync();
    }

    [Fact]
    public async Task Guessing_past_the_limit_is_refused_with_a_reason_and_a_wait_for_that_address_only()
    {
        using var guesser = From(IPAddress.Parse("127.0.0.1"));
        using var colleague = From(IPAddress.Parse("127.0.0.2"));
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last?.Dispose();
            last = await guesser.PostAsJsonAsync(new Uri("/api/staff/login", UriKind.Relative), new { name = StaffHost.StaffName, password = "guess-" + attempt });
            statuses.Add(last.StatusCode);
        }

        using var refused = last!;
        using var other = await colleague.PostAsJsonAsync(new Uri("/api/staff/login", UriKind.Relative), new { name = StaffHost.StaffName, password = StaffHost.StaffPassword });

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("请求太频繁", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    /// <summary>A client whose connections leave from <paramref name="source"/>: Linux routes all of 127.0.0.0/8 to loopback.</summary>
    private HttpClient From(IPAddress source)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = _host.BaseAddress };
    }
}
