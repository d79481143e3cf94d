using System.CommandLine;
using KepuBot.Conversation;
using KepuKnowledge;

namespace KepuBot.Cli;

/// <summary><c>ask "&lt;question&gt;" [--conversation ID] [--json] [--elderly]</c>.</summary>
public static class AskCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "问题" };
        var conversation = new Option<string?>("--conversation") { Description = "会话编号（用于多轮追问）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var elderly = new Option<bool>("--elderly") { Description = "适老化回答风格" };
        var command = new Command("ask", "提问 (ask a question)") { question, conversation, json, elderly };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build();
            await host.Services.GetRequiredService<KnowledgeBase>().EnsureOpenAsync(cancellationToken);
            var pipeline = host.Services.GetRequiredService<ITurnPipeline>();
            var conversationId = parse.GetValue(conversation) ?? "cli:" + Guid.NewGuid().ToString("N");
            try
            {
                var style = parse.GetValue(elderly) ? AnswerStyle.Elderly : AnswerStyle.Standard;
                var answer = await pipeline.HandleAsync(new TurnRequest("cli", Environment.UserName, conversationId, parse.GetValue(question) ?? string.Empty, style), cancellationToken);
                if (parse.GetValue(json))
                {
                    CliJson.Write(answer);
                    return 0;
                }

                Console.WriteLine(answer.Answer);
                var rank = 1;
                foreach (var citation in answer.Citations)
                {
                    Console.WriteLine($"  [{rank++}] {citation.Title} › {citation.Section}");
                }

                return 0;
            }
            catch (InvalidTurnException ex)
            {
                Console.Error.WriteLine($"错误：{ex.Message}");
                return 2;
            }
        });
        return command;
    }
}
