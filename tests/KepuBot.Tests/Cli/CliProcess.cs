using System.Diagnostics;

namespace KepuBot.Tests.Cli;

/// <summary>Runs the built service binary's command-line verbs as a separate process, as staff would.</summary>
internal sealed class CliProcess(IReadOnlyDictionary<string, string> settings)
{
    public async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["KEPUBOT_ROOT"] = RepoPaths.Root },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KepuBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
