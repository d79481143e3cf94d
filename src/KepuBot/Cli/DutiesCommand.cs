using System.CommandLine;
using KepuBot.Staff;
using KepuKnowledge;
using KepuKnowledge.Duties;

namespace KepuBot.Cli;

/// <summary><c>duties "&lt;unit&gt;" [--doc ID] [--json] [--export md|csv|docx --out FILE]</c>.</summary>
public static class DutiesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var unit = new Argument<string>("unit") { Description = "单位名称，如 卫健委、区妇联、科协" };
        var doc = new Option<string?>("--doc") { Description = "只看某个文件 (如 banan-2021-2025)" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var export = new Option<string?>("--export") { Description = "导出格式: md, csv, docx" };
        var output = new Option<FileInfo?>("--out") { Description = "导出文件路径" };
        var command = new Command("duties", "查询单位的工作任务 (a unit's duties)") { unit, doc, json, export, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var format = parse.GetValue(export);
            var target = parse.GetValue(output);
            if (format is not null and not ("md" or "csv" or "docx"))
            {
                Console.Error.WriteLine("错误：--export 只能是 md、csv 或 docx。");
                return 2;
            }

            if (format is "csv" or "docx" && target is null)
            {
                Console.Error.WriteLine("错误：导出 csv 或 docx 时请用 --out 指定文件。");
                return 2;
            }

            using var host = CliHost.Build();
            await host.Services.GetRequiredService<KnowledgeBase>().EnsureOpenAsync(cancellationToken);
            var lookup = host.Services.GetRequiredService<DutyService>().Book.ForUnit(parse.GetValue(unit) ?? string.Empty, parse.GetValue(doc));
            if (lookup.MatchedUnits.Count == 0)
            {
                Console.Error.WriteLine($"没有找到单位“{lookup.Unit}”。" + (lookup.Suggestions.Count > 0 ? $"您是不是要找：{string.Join("、", lookup.Suggestions)}？" : string.Empty));
                return 1;
            }

            if (parse.GetValue(json))
            {
                CliJson.Write(DutyView.From(lookup));
                return 0;
            }

            switch (format)
            {
                case "csv":
                    await File.WriteAllBytesAsync(target!.FullName, DutyChecklistExporter.ToCsv(lookup), cancellationToken);
                    break;
                case "docx":
                    await File.WriteAllBytesAsync(target!.FullName, DutyChecklistExporter.ToDocx(lookup), cancellationToken);
                    break;
                case "md" when target is not null:
                    await File.WriteAllTextAsync(target.FullName, DutyChecklistExporter.ToMarkdown(lookup), cancellationToken);
                    break;
                default:
                    Console.Write(DutyChecklistExporter.ToMarkdown(lookup));
                    return 0;
            }

            Console.WriteLine($"已导出 {target!.FullName}（{lookup.Duties.Count} 项）。");
            return 0;
        });
        return command;
    }
}
