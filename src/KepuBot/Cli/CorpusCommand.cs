using System.CommandLine;
using KepuKnowledge;
using KepuKnowledge.Indexing;
using KepuKnowledge.Ingestion;
using KepuKnowledge.Library;

namespace KepuBot.Cli;

/// <summary>
/// <c>corpus check [--json]</c>: validates every file's metadata and references (exit 1 on errors);
/// <c>corpus sections &lt;doc&gt;</c>: lists a document's section paths, as an FAQ entry's <c>section</c> must name them.
/// </summary>
public static class CorpusCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create() => new("corpus", "检查语料库 (check the corpus)") { Check(), Sections() };

    private static Command Check()
    {
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var command = new Command("check", "检查元数据、审核记录和引用 (validate metadata, vetting records and references)") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var paths = host.Services.GetRequiredService<KnowledgePaths>();
            var report = await host.Services.GetRequiredService<CorpusValidator>().ValidateAsync(paths.Corpus, cancellationToken: cancellationToken);
            if (parse.GetValue(json))
            {
                CliJson.Write(new { files = report.Files, errors = report.Errors.Count, issues = report.Issues });
                return report.HasErrors ? 1 : 0;
            }

            foreach (var issue in report.Issues.OrderBy(i => i.Severity).ThenBy(i => i.Path, StringComparer.Ordinal))
            {
                var label = issue.Severity == IssueSeverity.Error ? "错误" : "提醒";
                (issue.Severity == IssueSeverity.Error ? Console.Error : Console.Out).WriteLine($"{label} {issue}");
            }

            var warnings = report.Issues.Count - report.Errors.Count;
            Console.WriteLine($"检查了 {report.Files} 个文件：{report.Errors.Count} 个错误，{warnings} 个提醒。");
            return report.HasErrors ? 1 : 0;
        });
        return command;
    }

    private static Command Sections()
    {
        var doc = new Argument<string>("doc") { Description = "文档编号 (document id)" };
        var command = new Command("sections", "列出文档的章节路径 (list a document's section paths)") { doc };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var paths = host.Services.GetRequiredService<KnowledgePaths>();
            var corpus = await host.Services.GetRequiredService<CorpusLoader>().LoadAsync(paths.Corpus, cancellationToken);
            var id = parse.GetValue(doc);
            var document = corpus.Documents.FirstOrDefault(d => d.Id == id);
            if (document is null)
            {
                Console.Error.WriteLine($"错误：没有编号为 {id} 的文档。");
                return 2;
            }

            foreach (var section in PassageDocuments.PassagesOf(document).Select(p => p.Section).Distinct(StringComparer.Ordinal))
            {
                Console.WriteLine(section);
            }

            return 0;
        });
        return command;
    }
}
