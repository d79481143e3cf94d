using KepuBot.Conversation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KepuBot.Tests;

/// <summary>
/// The real service in-process over the real corpus, with its index and database in a temporary folder.
/// </summary>
public sealed class KepuBotFactory : WebApplicationFactory<Program>
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kepu-host-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Extra settings applied on top of the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>A fake turn pipeline in place of the real one (channel tests script the agent's answers).</summary>
    public ITurnPipeline? Pipeline { get; set; }

    /// <summary>Further service overrides, applied after the service's own registrations (clocks, log capture).</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    /// <summary>Waits until /healthz reports the index ready.</summary>
    public async Task<HttpClient> CreateReadyClientAsync()
    {
        var client = CreateClient();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return client;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the service did not become ready");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(RepoPaths.Root);
        // The repository's appsettings.json names the service's own port (5080); a test host must never take it
        // from a developer's running service, so Kestrel-based tests listen on an ephemeral loopback port.
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        builder.UseSetting("Knowledge:CorpusPath", RepoPaths.Corpus);
        builder.UseSetting("Knowledge:IndexPath", Path.Combine(_data, "index"));
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_data, "kepubot.db"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (Pipeline is not null)
            {
                services.RemoveAll<ITurnPipeline>();
                services.AddSingleton(Pipeline);
            }

            TestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Never created.
        }
        catch (IOException)
        {
            // Still held; the OS temp cleaner removes it.
        }
    }
}
