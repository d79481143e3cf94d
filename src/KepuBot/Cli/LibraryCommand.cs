using System.CommandLine;
using KepuBot.Safety;
using KepuBot.Staff.Auth;
using KepuKnowledge.Corpus;
using KepuKnowledge.Library;

namespace KepuBot.Cli;

/// <summary>
/// <c>library list|import|approve|retire|history</c>: the staff workflow of the 科普 library. Every change is
/// validated, written, recorded with who made it, and synced into the index a running service reads. The CLI is an
/// operator's tool: nobody signs in, so the name given with <c>--as</c> is recorded as stated (the audit log marks it
/// <c>asserted</c>), a configured account with the plain staff role is still refused approving and retiring, and
/// nobody approves their own text, whoever runs the command.
/// </summary>
public static class LibraryCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create() => new("library", "科普文章库：导入、审核、下架 (the vetted library workflow)")
    {
        List(), Import(), Approve(), Retire(), History(),
    };

    /// <summary>The <c>--as</c> option every change needs: which staff member makes it.</summary>
    public static Option<string> Staff() => new("--as") { Description = "操作的工作人员（命令行不登录，审计日志记为“声明”）", Required = true };

    /// <summary>The actor a <c>--as</c> name stands for: stated by the operator, not proven by a sign-in.</summary>
    public static LibraryActor Stated(string name) => new(name, Asserted: true);

    /// <summary>
    /// Runs a library change, printing its outcome or the reason it was refused (exit 2). With <paramref name="reviewer"/>,
    /// the change is a review (approve, retire), refused when that name is a configured account that may not review.
    /// </summary>
    public static async Task<int> ChangeAsync(Func<LibraryWorkflow, Task<LibraryChange>> change, string? reviewer = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var host = CliHost.Build();
        if (reviewer is not null && NotAReviewer(host, reviewer) is { } refusal)
        {
            Console.Error.WriteLine($"错误：{refusal}");
            return 2;
        }

        try
        {
            var result = await change(host.Services.GetRequiredService<LibraryWorkflow>());
            var before = result.Before is null ? "新建" : Status(result.Before.Value);
            Console.WriteLine($"{result.DocId}：{before} → {Status(result.After)}（{result.Path}），索引已更新为 {result.IndexVersion}。");
            foreach (var dependent in result.Dependents)
            {
                Console.WriteLine($"  注意：问答 {dependent} 引用了它，今后不再使用；请修改或下架该问答。");
            }

            return 0;
        }
        catch (LibraryException ex)
        {
            Console.Error.WriteLine($"错误：{ex.Message}");
            return 2;
        }
    }

    private static Command List()
    {
        var status = new Option<VettingStatus?>("--status") { Description = "只列出某一状态: draft, vetted, retired, starter" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var command = new Command("list", "列出文章和问答 (list articles and FAQ entries)") { status, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var entries = await host.Services.GetRequiredService<LibraryWorkflow>().ListAsync(parse.GetValue(status), cancellationToken);
            if (parse.GetValue(json))
            {
                CliJson.Write(entries);
                return 0;
            }

            foreach (var e in entries)
            {
                var due = e.ReviewBy is DateOnly d ? $" 复审 {d:yyyy-MM-dd}" : string.Empty;
                var stale = (e.Status, e.Citable) switch
                {
                    (VettingStatus.Vetted, false) => " 【已过复审期，不再引用】",
                    (VettingStatus.Starter, true) => " 【示例内容，引用时注明待本地审核】",
                    (VettingStatus.Starter, false) => " 【示例内容，未审核，不引用】",
                    _ => string.Empty,
                };
                Console.WriteLine($"{Status(e.Status),-3} {e.Kind,-9} {e.Id}  {e.Title}（作者 {e.Author ?? "-"}，审核 {e.Reviewer ?? "-"}{due}）{stale}");
            }

            Console.WriteLine($"共 {entries.Count} 篇。");
            return 0;
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "要导入的文件 (.md .txt .docx .pdf .html)" };
        var staff = Staff();
        var kind = new Option<string>("--kind") { Description = "类别: antifraud, debunk, emergency, health, digital", Required = true };
        var id = new Option<string?>("--id") { Description = "文档编号 (默认取文件名)" };
        var basis = new Option<string[]>("--basis") { Description = "依据来源（可多个）", AllowMultipleArgumentsPerToken = true };
        var topics = new Option<string[]>("--topics") { Description = "主题词（可多个）", AllowMultipleArgumentsPerToken = true };
        var audience = new Option<string[]>("--audience") { Description = "面向人群（可多个）", AllowMultipleArgumentsPerToken = true };
        var claim = new Option<string?>("--claim") { Description = "辟谣：谣言说法" };
        var verdict = new Option<string?>("--verdict") { Description = "辟谣：谣言 / 误区 / 部分正确" };
        var command = new Command("import", "导入文章为草稿 (add an article as a draft)") { file, staff, kind, id, basis, topics, audience, claim, verdict };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists)
            {
                Console.Error.WriteLine($"错误：找不到文件 {input.FullName}");
                return 2;
            }

            var request = new LibraryImport(input.Name, await File.ReadAllBytesAsync(input.FullName, cancellationToken), parse.GetValue(kind)!)
            {
                Id = parse.GetValue(id),
                Basis = parse.GetValue(basis) ?? [],
                Topics = parse.GetValue(topics) ?? [],
                Audience = parse.GetValue(audience) ?? [],
                Claim = parse.GetValue(claim),
                Verdict = parse.GetValue(verdict),
            };
            return await ChangeAsync(library => library.ImportAsync(request, Stated(parse.GetValue(staff)!), cancellationToken));
        });
        return command;
    }

    private static Command Approve()
    {
        var id = new Argument<string>("id") { Description = "文章或问答编号" };
        var staff = Staff();
        var reviewBy = new Option<DateOnly?>("--review-by") { Description = "复审日期 (默认一年后)" };
        var command = new Command("approve", "审核通过，开始引用 (approve: it becomes citable)") { id, staff, reviewBy };
        command.SetAction((parse, cancellationToken) =>
            ChangeAsync(library => library.ApproveAsync(parse.GetValue(id)!, Stated(parse.GetValue(staff)!), parse.GetValue(reviewBy), cancellationToken), parse.GetValue(staff)!));
        return command;
    }

    private static Command Retire()
    {
        var id = new Argument<string>("id") { Description = "文章或问答编号" };
        var staff = Staff();
        var reason = new Option<string?>("--reason") { Description = "下架原因" };
        var command = new Command("retire", "下架，不再引用 (retire: never cited again)") { id, staff, reason };
        command.SetAction((parse, cancellationToken) =>
        {
            // A reason may quote a resident's message; personal numbers never reach the file or the audit log.
            var why = parse.GetValue(reason) is string given ? PersonalDataMasker.Mask(given) : null;
            return ChangeAsync(library => library.RetireAsync(parse.GetValue(id)!, Stated(parse.GetValue(staff)!), why, cancellationToken), parse.GetValue(staff)!);
        });
        return command;
    }

    private static Command History()
    {
        var id = new Argument<string?>("id") { Description = "文章或问答编号 (省略则列出全部)", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var command = new Command("history", "查看变更记录 (who changed what, when)") { id, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var records = await host.Services.GetRequiredService<LibraryWorkflow>().HistoryAsync(parse.GetValue(id), cancellationToken);
            if (parse.GetValue(json))
            {
                CliJson.Write(records);
                return 0;
            }

            foreach (var r in records)
            {
                var reason = r.Reason is null ? string.Empty : $"（{r.Reason}）";
                var who = r.Asserted ? $"{r.Staff}（命令行 --as 声明）" : r.Staff;
                Console.WriteLine($"{r.At.ToLocalTime():yyyy-MM-dd HH:mm} {who} {r.Action} {r.DocId}：{r.Before ?? "新建"} → {r.After}{reason}");
            }

            return 0;
        });
        return command;
    }

    // An operator may name anyone, but a configured account keeps its role here too: a staff account drafts, it does
    // not approve, whichever tool it uses. A name that is no account is the operator's word, recorded as such.
    private static string? NotAReviewer(IHost host, string name)
    {
        var accounts = new StaffOptions();
        host.Services.GetRequiredService<IConfiguration>().GetSection(StaffOptions.Section).Bind(accounts);
        var account = accounts.Accounts.FirstOrDefault(a => string.Equals(a.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
        return account is not null && !StaffRoles.CanReview(account.Role)
            ? $"{account.Name.Trim()} 的账号角色是 {account.Role}，只有审核人（reviewer）或管理员（admin）能审核和下架。"
            : null;
    }

    private static string Status(VettingStatus status) => status switch
    {
        VettingStatus.Draft => "草稿",
        VettingStatus.Vetted => "已审核",
        VettingStatus.Starter => "示例",
        _ => "已下架",
    };
}
