using System.CommandLine;
using KepuKnowledge;
using KepuKnowledge.Corpus;
using KepuKnowledge.Ingestion;
using KepuKnowledge.Library;

namespace KepuBot.Cli;

/// <summary><c>import &lt;file&gt; --kind K [--id ID]</c>: cleans a file into the corpus as Markdown with front matter.</summary>
public static class ImportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "要导入的文件 (.txt .md .docx .pdf .html)" };
        var kind = new Option<string>("--kind") { Description = "文档类别: " + string.Join(", ", DocumentKinds.All), DefaultValueFactory = _ => DocumentKinds.Policy };
        var id = new Option<string?>("--id") { Description = "文档编号 (默认取文件名)" };
        var author = new Option<string?>("--author") { Description = "导入人" };
        var command = new Command("import", "导入文档到语料库 (import a document into the corpus)") { file, kind, id, author };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists)
            {
                Console.Error.WriteLine($"错误：找不到文件 {input.FullName}");
                return 2;
            }

            using var host = CliHost.Build();
            var importer = host.Services.GetRequiredService<DocumentImporter>();
            var paths = host.Services.GetRequiredService<KnowledgePaths>();
            try
            {
                var (metadata, markdown) = importer.Import(input.Name, File.ReadAllBytes(input.FullName), parse.GetValue(kind)!, parse.GetValue(id), parse.GetValue(author));
                var folder = Path.Combine(paths.Corpus, metadata.Kind == DocumentKinds.Policy ? "policies" : Path.Combine("kepu", metadata.Kind));
                Directory.CreateDirectory(folder);
                var target = Path.Combine(folder, metadata.Id + ".md");
                if (File.Exists(target))
                {
                    Console.Error.WriteLine($"错误：{target} 已存在，请换一个 --id。");
                    return 2;
                }

                await File.WriteAllTextAsync(target, markdown, cancellationToken);

                // Every change to the corpus is on the audit log, whichever command made it.
                var audit = host.Services.GetRequiredService<ILibraryAudit>();
                var clock = host.Services.GetRequiredService<TimeProvider>();
                var relative = Path.GetRelativePath(paths.Corpus, target).Replace('\\', '/');
                var who = parse.GetValue(author) is { Length: > 0 } named ? KepuBot.Safety.PersonalDataMasker.Mask(named) : "cli";
                await audit.RecordAsync(new LibraryAuditRecord(clock.GetUtcNow(), who, "import", metadata.Id, relative, null, metadata.Status.ToString().ToLowerInvariant()), cancellationToken);
                Console.WriteLine($"已导入 {target}（{metadata.Title}，状态：{metadata.Status}）。运行 index 更新索引。");
                return 0;
            }
            catch (CorpusFormatException ex)
            {
                Console.Error.WriteLine($"错误：{input.Name}：{ex.Message}");
                return 2;
            }
        });
        return command;
    }
}
