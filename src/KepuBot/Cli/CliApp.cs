using System.CommandLine;

namespace KepuBot.Cli;

/// <summary>The command-line verbs, run against the same on-disk index as the service.</summary>
public static class CliApp
{
    /// <summary>Whether the arguments name a verb (anything else starts the web service).</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    /// <summary>Parses and runs a verb.</summary>
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("KepuBot 科普问答服务：不带参数运行即启动网页服务。")
        {
            IndexCommand.Create(),
            SearchCommand.Create(),
            AskCommand.Create(),
            DutiesCommand.Create(),
            ImportCommand.Create(),
            EvalCommand.Create(),
            StaffCommand.Create(),
            CorpusCommand.Create(),
            LibraryCommand.Create(),
            FaqCommand.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }
}
