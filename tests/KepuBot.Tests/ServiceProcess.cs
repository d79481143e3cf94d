using System.Collections.Concurrent;
using System.Diagnostics;

namespace KepuBot.Tests;

/// <summary>
/// The built service started as a real process on a loopback port (real Kestrel), over the bundled corpus, with its
/// index and database in a temporary folder unless settings say otherwise.
/// </summary>
public sealed class ServiceProcess : IAsyncLifetime, IDisposable
{
    private const int OutputLinesKept = 200;

    private readonly string _data = Path.Combine(Path.GetTempPath(), "kepu-service-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _settings;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public ServiceProcess()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>A service with extra environment settings (<c>ConnectionStrings__Postgres</c>, a shared <c>Knowledge__IndexPath</c>…).</summary>
    internal ServiceProcess(IReadOnlyDictionary<string, string> settings)
    {
        _settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["KEPUBOT_ROOT"] = RepoPaths.Root,
            ["Knowledge__IndexPath"] = Path.Combine(_data, "index"),
            ["Storage__SqlitePath"] = Path.Combine(_data, "kepubot.db"),
            ["WeChat__Token"] = WeChatToken,
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    /// <summary>The WeChat token the service is started with, so channel tests can sign requests.</summary>
    public const string WeChatToken = "kepuE2Etoken";

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{LoopbackPort.Free()}/");

    /// <summary>The SQLite file the service writes (when no PostgreSQL connection string is set).</summary>
    public string SqlitePath => _settings["Storage__SqlitePath"];

    public string IndexPath => _settings["Knowledge__IndexPath"];

    /// <summary>Whether the process has ended (crashed, or been killed).</summary>
    public bool HasExited => _process?.HasExited ?? false;

    /// <summary>The service's recent console output, for failure messages.</summary>
    public string RecentOutput => string.Join('\n', _output);

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "KepuBot.dll"), "--urls", BaseAddress.ToString().TrimEnd('/') },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in _settings)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start the service");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = BaseAddress };
        for (var attempt = 0; attempt < 300 && !_process.HasExited; attempt++)
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

        throw new TimeoutException($"the service did not become ready on {BaseAddress}:\n{RecentOutput}");
    }

    /// <summary>Kills the process at once (SIGKILL): no shutdown, no flushing, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        _process!.Kill();
        _process.WaitForExit(5000);
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

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > OutputLinesKept)
        {
            _output.TryDequeue(out _);
        }
    }
}
