using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace KepuBot.Tests.Persistence;

/// <summary>
/// A throwaway PostgreSQL cluster: initdb into a temporary folder, the server on a free loopback port with trust
/// authentication, durability settings off (tests never survive a server crash). A small shell supervisor owns the
/// server and stops it, then deletes the folder, when its stdin closes — on <see cref="Dispose"/>, or when the test
/// process dies without cleaning up.
/// </summary>
internal sealed class PostgresCluster : IDisposable
{
    private const string User = "kepubot";

    // Runs the server in the background and waits on stdin; EOF (our end closed, or we died) stops everything.
    private const string Supervisor = """
        "$@" </dev/null >"$PGLOG" 2>&1 &
        server=$!
        read -r _ || true
        kill -INT "$server" 2>/dev/null
        wait "$server"
        rm -rf "$PGROOT"
        """;

    private readonly Process _supervisor;

    private PostgresCluster(Process supervisor, string adminConnectionString)
    {
        _supervisor = supervisor;
        AdminConnectionString = adminConnectionString;
    }

    /// <summary>The superuser on the <c>postgres</c> database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The folder holding initdb and postgres: PATH first, then Debian's /usr/lib/postgresql/&lt;version&gt;/bin.</summary>
    public static string? FindBinDirectory()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin"))
            : [];
        return onPath.Concat(debian).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "postgres")));
    }

    public static async Task<PostgresCluster> StartAsync(string bin)
    {
        var root = Path.Combine(Path.GetTempPath(), "kepu-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var data = Path.Combine(root, "data");
        var log = Path.Combine(root, "server.log");

        // initdb refuses to run as root; the server then runs as the postgres account, which must own the folder.
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync(root, "chown", "postgres", root);
        }

        await RunAsync(root, [.. AsServerUser(asRoot), Path.Combine(bin, "initdb"), "-D", data, "-U", User, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"]);

        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, WorkingDirectory = root, Environment = { ["PGLOG"] = log, ["PGROOT"] = root } };
        foreach (var argument in (string[])["-c", Supervisor, "supervisor", .. AsServerUser(asRoot), Path.Combine(bin, "postgres"), "-D", data, "-p", port.ToString(CultureInfo.InvariantCulture), "-k", root,
                     "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"])
        {
            start.ArgumentList.Add(argument);
        }

        var supervisor = Process.Start(start) ?? throw new InvalidOperationException("could not start the PostgreSQL supervisor");
        var cluster = new PostgresCluster(supervisor, $"Host=127.0.0.1;Port={port};Username={User};Database=postgres;Pooling=false");
        await cluster.WaitUntilAcceptingAsync(log);
        return cluster;
    }

    public void Dispose()
    {
        if (!_supervisor.HasExited)
        {
            _supervisor.StandardInput.Close();
            _supervisor.WaitForExit(15_000);
        }

        _supervisor.Dispose();
    }

    private static string[] AsServerUser(bool asRoot) =>
        asRoot ? ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--"] : [];

    private async Task WaitUntilAcceptingAsync(string log)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_supervisor.HasExited)
            {
                break;
            }

            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException)
            {
                await Task.Delay(100);
            }
        }

        var output = File.Exists(log) ? await File.ReadAllTextAsync(log) : "(no server log)";
        Dispose();
        throw new InvalidOperationException("the throwaway PostgreSQL server did not start:\n" + output);
    }

    private static async Task RunAsync(string workingDirectory, params string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not run " + command[0]);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} failed ({process.ExitCode}):\n{await stdout}{await stderr}");
        }
    }
}
