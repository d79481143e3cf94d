using System.CommandLine;
using KepuBot.Evaluation;
using KepuKnowledge;

namespace KepuBot.Cli;

/// <summary><c>eval [--questions FILE …]</c>: measures retrieval (and later answers and flags) on the evaluation sets.</summary>
public static class EvalCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var questions = new Option<FileInfo[]>("--questions") { Description = "问题集 TSV (默认 eval/*questions*.tsv)", AllowMultipleArgumentsPerToken = true };
        var verbose = new Option<bool>("--verbose") { Description = "列出未命中的问题" };
        var command = new Command("eval", "评测检索与回答质量 (evaluate)") { questions, verbose };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
            await knowledge.EnsureOpenAsync(cancellationToken);
            var root = host.Services.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var files = parse.GetValue(questions) is { Length: > 0 } given
                ? given.Select(f => f.FullName).ToArray()
                : Directory.GetFiles(Path.Combine(root, "eval"), "*questions*.tsv").Order(StringComparer.Ordinal).ToArray();
            if (files.Length == 0 || files.Any(f => !File.Exists(f)))
            {
                Console.Error.WriteLine("错误：找不到问题集文件。");
                return 2;
            }

            Console.WriteLine("Retrieval            cases  top-doc  fact@1  fact@3  fact@5");
            foreach (var file in files)
            {
                var report = RetrievalEvaluation.Run(knowledge, TsvCases.ReadQuestions(file));
                Console.WriteLine($"{Path.GetFileName(file),-20} {report.Cases,5}  {report.TopDoc,7:P0}  {report.FactAt1,6:P0}  {report.FactAt3,6:P0}  {report.FactAt5,6:P0}");
                if (parse.GetValue(verbose))
                {
                    foreach (var miss in report.Misses)
                    {
                        Console.WriteLine("  miss: " + miss);
                    }
                }
            }

            return 0;
        });
        return command;
    }
}
