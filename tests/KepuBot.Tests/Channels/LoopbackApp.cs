using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace KepuBot.Tests.Channels;

/// <summary>
/// Small Kestrel apps on 127.0.0.1 for the far side of a channel (a fake channel service, a fake WeChat API, a third-party
/// page), and the service itself on a real loopback port where a test needs real HTTP (browsers, Node clients).
/// </summary>
public static class LoopbackApp
{
    /// <summary>A quiet app bound to an ephemeral loopback port; map routes, then <see cref="StartAsync"/>.</summary>
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <summary>Starts the app; its base address, ending in a slash.</summary>
    public static async Task<Uri> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return BaseAddress(app.Services);
    }

    /// <summary>Runs the service on Kestrel at an ephemeral loopback port; its base address, ending in a slash.</summary>
    public static Uri StartService(WebApplicationFactory<Program> factory)
    {
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return BaseAddress(factory.Services);
    }

    private static Uri BaseAddress(IServiceProvider services) =>
        new(services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/");
}
