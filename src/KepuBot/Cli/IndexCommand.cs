using System.CommandLine;
using KepuKnowledge;

namespace KepuBot.Cli;

/// <summary><c>index [--full]</c>: brings the on-disk index in line with the corpus.</summary>
public static class IndexCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var full = new Option<bool>("--full") { Description = "Rebuild everything instead of only changed documents" };
        var command = new Command("index", "建立或更新知识库索引 (build or update the index)") { full };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
            var progress = new Progress<int>(n => Console.Error.Write($"\r已写入 {n} 段…"));
            var (report, errors) = await knowledge.SyncAsync(parse.GetValue(full), progress, cancellationToken);
            Console.Error.WriteLine();
            foreach (var error in errors)
            {
                Console.Error.WriteLine($"跳过 {error.Path}：{error.Reason}");
            }

            Console.WriteLine($"索引 {report.Version}（{report.Mode}）：{report.Documents} 篇文档，本次写入 {report.Passages} 段，用时 {report.Elapsed.TotalSeconds:F1} 秒");
            return 0;
        });
        return command;
    }
}
