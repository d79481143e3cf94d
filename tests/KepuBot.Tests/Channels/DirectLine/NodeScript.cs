using System.Diagnostics;

namespace KepuBot.Tests.Channels.DirectLine;

/// <summary>
/// Runs a script of tests/directline-node with Node, installing its locked npm packages first when they are missing
/// (a fresh clone has package-lock.json but no node_modules).
/// </summary>
public static class NodeScript
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "tests", "directline-node");

    /// <summary>Web Chat's self-contained browser bundle, from the locked botframework-webchat package.</summary>
    public static string WebChatBundle { get; } = Path.Combine(Folder, "node_modules", "botframework-webchat", "dist", "webchat.js");

    public static async Task EnsureInstalledAsync()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "botframework-directlinejs")) && File.Exists(WebChatBundle))
        {
            return;
        }

        var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], InstallTimeout);
        Assert.True(install.ExitCode == 0, "npm ci failed:\n" + install.Stderr);
    }

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} ran past {timeout}: {await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
