using System.Diagnostics;

namespace KepuBot.Tests;

/// <summary>
/// The built service started as a real process on a loopback port (real Kestrel), over the bundled corpus, with its
/// index and database in a temporary folder.
/// </summary>
public sealed class ServiceProcess : IAsyncLifetime, IDisposable
{
    private readonly string _data;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly bool _ownsData;
    private Process? _process;

    public ServiceProcess()
        : this(Path.Combine(Path.GetTempPath(), "kepu-service-tests", Guid.NewGuid().ToString("N")), new Dictionary<string, string>(), ownsData: true)
    {
    }

    /// <summary>A service over <paramref name="data"/> with extra environment settings; the caller keeps the data
    /// folder when <paramref name="ownsData"/> is false (to start another process on it after a kill).</summary>
    internal ServiceProcess(string data, IReadOnlyDictionary<string, string> settings, bool ownsData)
    {
        _data = data;
        _settings = settings;
        _ownsData = ownsData;
    }

    /// <summary>The WeChat token the service is started with, so channel tests can sign requests.</summary>
    public const string WeChatToken = "kepuE2Etoken";

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{LoopbackPort.Free()}/");

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "KepuBot.dll"), "--urls", BaseAddress.ToString().TrimEnd('/') },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["KEPUBOT_ROOT"] = RepoPaths.Root,
                ["Knowledge__IndexPath"] = Path.Combine(_data, "index"),
                ["Storage__SqlitePath"] = Path.Combine(_data, "kepubot.db"),
                ["WeChat__Token"] = WeChatToken,
            },
        };
        foreach (var (key, value) in _settings)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start the service");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = BaseAddress };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the service did not become ready on " + BaseAddress);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        // xunit calls both DisposeAsync and Dispose; the second call finds nothing left to stop.
        var process = Interlocked.Exchange(ref _process, null);
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }

        process?.Dispose();
        if (!_ownsData)
        {
            return;
        }

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
