using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KepuBot.Tests.Staff.Rumors;

/// <summary>
/// A webhook receiver on 127.0.0.1 that records every delivery. Until <see cref="Open"/> is called it holds each
/// request without answering, like a receiver that hangs, so the test can see that residents are answered anyway.
/// </summary>
public sealed class FakeWebhook : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeWebhook(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>Every delivery received, answered or not.</summary>
    public ConcurrentQueue<JsonElement> Received { get; } = new();

    /// <summary>Deliveries answered with 200.</summary>
    public ConcurrentQueue<JsonElement> Accepted { get; } = new();

    public static async Task<FakeWebhook> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeWebhook(app);
        app.MapPost("/alerts", async (HttpRequest request, CancellationToken aborted) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: aborted);
            fake.Received.Enqueue(body);
            await fake._open.Task.WaitAsync(aborted);
            fake.Accepted.Enqueue(body);
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        fake.Url = new Uri(address.TrimEnd('/') + "/alerts");
        return fake;
    }

    /// <summary>From now on, deliveries are answered with 200.</summary>
    public void Open() => _open.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Open();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
