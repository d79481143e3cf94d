using System.CommandLine;
using KepuBot.Safety;
using KepuKnowledge.Library;

namespace KepuBot.Cli;

/// <summary>
/// <c>faq add --question Q --answer A --doc D --section S --as STAFF</c>: writes a curated answer (for example to a
/// question from the unanswered log) as a draft FAQ entry; <c>library approve</c> makes it live.
/// </summary>
public static class FaqCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create() => new("faq", "常见问答 (curated FAQ entries)") { Add() };

    private static Command Add()
    {
        var question = new Option<string>("--question") { Description = "居民的问题", Required = true };
        var answer = new Option<string>("--answer") { Description = "答案：简短、通俗，忠实于所引章节", Required = true };
        var doc = new Option<string>("--doc") { Description = "答案所依据的文档编号", Required = true };
        var section = new Option<string>("--section") { Description = "所依据的章节路径（用 corpus sections <doc> 查看）", Required = true };
        var also = new Option<string[]>("--also") { Description = "同一问题的其他问法（可多个）", AllowMultipleArgumentsPerToken = true };
        var id = new Option<string?>("--id") { Description = "编号 (默认 faq-<doc>-<序号>)" };
        var staff = LibraryCommand.Staff();
        var command = new Command("add", "新增问答草稿 (add a draft FAQ entry)") { question, answer, doc, section, also, id, staff };
        command.SetAction((parse, cancellationToken) =>
        {
            // Questions often come from residents' messages; personal numbers are masked before they are stored.
            var draft = new FaqDraft(PersonalDataMasker.Mask(parse.GetValue(question)!), parse.GetValue(answer)!, parse.GetValue(doc)!, parse.GetValue(section)!)
            {
                Id = parse.GetValue(id),
                Questions = (parse.GetValue(also) ?? []).Select(PersonalDataMasker.Mask).ToList(),
            };
            return LibraryCommand.ChangeAsync(library => library.AddFaqAsync(draft, LibraryCommand.Stated(parse.GetValue(staff)!), cancellationToken));
        });
        return command;
    }
}
