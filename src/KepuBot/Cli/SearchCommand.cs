using System.CommandLine;
using KepuBot.Knowledge;
using KepuKnowledge;
using KepuKnowledge.Retrieval;

namespace KepuBot.Cli;

/// <summary><c>search "&lt;query&gt;" [--top N] [--json]</c>.</summary>
public static class SearchCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "查询内容" };
        var top = new Option<int>("--top") { Description = "返回条数", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var kind = new Option<string?>("--kind") { Description = "只查某类文档 (policy, antifraud, debunk …)" };
        var command = new Command("search", "检索知识库 (search passages)") { query, top, json, kind };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(query);
            var count = parse.GetValue(top);
            if (string.IsNullOrWhiteSpace(text))
            {
                Console.Error.WriteLine("错误：查询内容不能为空。");
                return 2;
            }

            if (count is < 1 or > 50)
            {
                Console.Error.WriteLine("错误：--top 须在 1 到 50 之间。");
                return 2;
            }

            using var host = CliHost.Build();
            var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
            await knowledge.EnsureOpenAsync(cancellationToken);
            var kindValue = parse.GetValue(kind);
            var result = knowledge.Search(new SearchRequest { Query = text, Top = count, Kinds = kindValue is null ? null : [kindValue] });
            if (parse.GetValue(json))
            {
                CliJson.Write(SearchHitsView.From(result));
                return 0;
            }

            if (result.Hits.Count == 0)
            {
                Console.WriteLine("没有找到相关内容。");
            }

            var rank = 1;
            foreach (var hit in result.Hits)
            {
                Console.WriteLine($"{rank++}. [{hit.DocId}] {hit.Title} › {hit.Section}  ({hit.Score:F2})");
                Console.WriteLine($"   {SnippetMarker.Strip(hit.Snippet)}");
                if (hit.Notice is not null)
                {
                    Console.WriteLine($"   注意：{hit.Notice}");
                }
            }

            return 0;
        });
        return command;
    }
}
