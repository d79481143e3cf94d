using System.CommandLine;
using KepuBot.Agent;
using KepuBot.Evaluation;
using KepuBot.Safety;
using KepuBot.Safety.Learned;
using KepuKnowledge;
using KepuKnowledge.Retrieval;

namespace KepuBot.Cli;

/// <summary><c>eval [--questions FILE …] [--dir D]</c>: measures retrieval, answers, refusals, FAQ matching and flags on the evaluation sets.</summary>
public static class EvalCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var questions = new Option<FileInfo[]>("--questions") { Description = "问题集 TSV (默认 eval/*questions*.tsv)", AllowMultipleArgumentsPerToken = true };
        var verbose = new Option<bool>("--verbose") { Description = "列出未命中的问题" };
        var folder = new Option<DirectoryInfo?>("--dir") { Description = "评测集所在目录 (默认 eval/；如 eval/holdout)" };
        var flagsOnly = new Option<bool>("--flags-only") { Description = "只评测谣言和诈骗识别 (不建索引，几秒完成)" };
        var residents = new Option<FileInfo[]>("--residents") { Description = "只评测居民真实问法集 TSV (id, kind, expect, question, expect_doc, must_contain, number)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("eval", "评测检索与回答质量 (evaluate)") { questions, verbose, folder, flagsOnly, residents };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var root = host.Services.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var sets = parse.GetValue(folder) is { } given ? InRepository(given.ToString(), root) : Path.Combine(root, "eval");
            if (!Directory.Exists(sets))
            {
                Console.Error.WriteLine($"错误：找不到评测目录 {sets}");
                return 2;
            }

            var show = parse.GetValue(verbose);
            if (parse.GetValue(flagsOnly))
            {
                PrintFlags(host.Services, sets, show);
                return 0;
            }

            var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
            await knowledge.EnsureOpenAsync(cancellationToken);
            if (parse.GetValue(residents) is { Length: > 0 } residentFiles)
            {
                return await PrintResidentsAsync(host.Services, [.. residentFiles.Select(f => new FileInfo(InRepository(f.ToString(), root)))], show, cancellationToken);
            }

            var files = parse.GetValue(questions) is { Length: > 0 } named
                ? named.Select(f => InRepository(f.ToString(), root)).ToArray()
                : Directory.GetFiles(sets, "*questions*.tsv").Order(StringComparer.Ordinal).ToArray();
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
                Print(show, report.Misses);
            }

            var agent = host.Services.GetRequiredService<KepuAgent>();
            Console.WriteLine();
            Console.WriteLine("Answers              cases  correct+cited  with-citations  unreturned-citations");
            foreach (var file in files)
            {
                var report = await AnswerEvaluation.RunAsync(agent, TsvCases.ReadQuestions(file), cancellationToken);
                Console.WriteLine($"{Path.GetFileName(file),-20} {report.Cases,5}  {report.CorrectAndCited,13:P0}  {report.WithCitations,14:P0}  {report.UnreturnedCitations,20}");
                Print(show, report.Misses);
            }

            var scope = Path.Combine(sets, "out-of-scope.tsv");
            var outOfScope = File.Exists(scope) ? File.ReadLines(scope).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 2).Select(c => c[1]).ToList() : [];
            if (outOfScope.Count > 0)
            {
                var (refused, answered) = await AnswerEvaluation.RefusalsAsync(agent, outOfScope, cancellationToken);
                Console.WriteLine();
                Console.WriteLine($"Out of scope         {outOfScope.Count,5}  refused {refused:P0}");
                Print(show, answered);
            }

            var faq = host.Services.GetRequiredService<FaqMatcher>();
            Console.WriteLine();
            Console.WriteLine("FAQ matches          paraphrases  found  wrong entry  near misses  false matches");
            foreach (var file in Directory.GetFiles(sets, "*faq-matches*.tsv").Order(StringComparer.Ordinal))
            {
                var report = FaqMatchEvaluation.Run(faq, TsvCases.ReadFaqMatches(file));
                var found = report.Paraphrases == 0 ? 0 : (double)report.Found / report.Paraphrases;
                Console.WriteLine($"{Path.GetFileName(file),-20} {report.Paraphrases,11}  {found,5:P0}  {report.Wrong,11}  {report.NearMisses,11}  {report.FalseMatches,13}");
                Print(show, report.Misses);
            }

            if (outOfScope.Count > 0)
            {
                var falseMatches = FaqMatchEvaluation.FalseMatches(faq, outOfScope);
                Console.WriteLine($"{"out-of-scope.tsv",-20} {"-",11}  {"-",5}  {"-",11}  {outOfScope.Count,11}  {falseMatches.Count,13}");
                Print(show, falseMatches);
            }

            var residentSets = Directory.GetFiles(sets, "*residents*.tsv").Order(StringComparer.Ordinal).Select(f => new FileInfo(f)).ToArray();
            if (residentSets.Length > 0)
            {
                Console.WriteLine();
                await PrintResidentsAsync(host.Services, residentSets, show, cancellationToken);
            }

            Console.WriteLine();
            PrintFlags(host.Services, sets, show);
            return 0;
        });
        return command;
    }

    // Per kind: the share with the right behaviour, and how many cited an emergency card (for emergencies, the card
    // their first steps come from). Ordinary questions answered as emergencies are listed apart.
    // `dotnet run --project` may start the tool outside the folder it was typed in, so a relative path that does not
    // exist there is read from the repository root the service found ("eval/residents/…" works from either).
    private static string InRepository(string path, string root) =>
        Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path) ? Path.GetFullPath(path) : Path.Combine(root, path);

    private static async Task<int> PrintResidentsAsync(IServiceProvider services, FileInfo[] files, bool show, CancellationToken cancellationToken)
    {
        if (files.Any(f => !f.Exists))
        {
            Console.Error.WriteLine("错误：找不到居民问法集文件。");
            return 2;
        }

        var agent = services.GetRequiredService<KepuAgent>();
        Console.WriteLine("Residents            kind            cases  right   card-cited");
        foreach (var file in files)
        {
            var report = await ResidentEvaluation.RunAsync(agent, TsvCases.ReadResidents(file.FullName), cancellationToken);
            foreach (var kind in report.Kinds)
            {
                Console.WriteLine($"{file.Name,-20} {kind.Kind,-14} {kind.Cases,6}  {kind.Share,5:P0}  {kind.CardCited,6}");
                Print(show, kind.Misses);
            }

            Console.WriteLine($"{file.Name,-20} {"all",-14} {report.Cases,6}  {report.Share,5:P0}   ordinary→emergency {report.FalseEmergencies.Count}");
            Print(show, report.FalseEmergencies.Select(f => "false emergency " + f));
        }

        return 0;
    }

    // "fraud" is high risk (a scam in progress) against cases expected high; "fraud-any" is any risk against
    // every fraud case; "high on none" counts alarms raised on ordinary messages, which must stay at zero.
    private static void PrintFlags(IServiceProvider services, string sets, bool show)
    {
        var safety = services.GetRequiredService<SafetyReader>();
        Console.WriteLine("Flags                 cases  label      precision  recall     F1");
        foreach (var file in Directory.GetFiles(sets, "*flags*.tsv").Order(StringComparer.Ordinal))
        {
            var report = FlagEvaluation.Run(FlagCases.ReadFlags(file), safety);
            foreach (var s in report.Labels)
            {
                Console.WriteLine($"{Path.GetFileName(file),-20} {report.Cases,6}  {s.Label,-9}  {s.Precision,9:P1}  {s.Recall,6:P1}  {s.F1,5:F2}");
                Print(show, s.Errors);
            }

            Console.WriteLine($"{string.Empty,-28}high on none {report.HighOnOrdinary.Count}  level agreement {report.LevelAgreement:P1}  scenario agreement {report.ScenarioAgreement:P1}");
            Print(show, report.Disagreements.Select(d => "level/scenario " + d));
        }

        foreach (var file in Directory.GetFiles(sets, "*messages*.tsv").Order(StringComparer.Ordinal))
        {
            PrintStyles(safety, file, show);
        }
    }

    // Real-style pasted messages, one row per style: what a resident sees depends on where the text came from (an
    // SMS promotion, an OCR'd chat, a Weibo post), so a single average would hide a style that fails. "ordinary
    // flagged" counts none messages that got a rumor or any fraud flag.
    private static void PrintStyles(SafetyReader safety, string file, bool show)
    {
        var cases = FlagCases.ReadMessages(file);
        Console.WriteLine();
        Console.WriteLine($"{Path.GetFileName(file)}: precision / recall, %");
        Console.WriteLine("style            cases  rumor      fraud-any  fraud-high  ordinary flagged");
        var styles = cases.GroupBy(c => c.Style ?? "-").OrderBy(g => g.Key, StringComparer.Ordinal).Append(cases.GroupBy(_ => "all").Single());
        foreach (var style in styles)
        {
            var report = FlagEvaluation.Run(style.ToList(), safety);
            Console.WriteLine($"{style.Key,-15} {report.Cases,6}  {Pair(report["rumor"]),-9}  {Pair(report["fraud-any"]),-9}  {Recall(report["fraud"]),10}  {report.OrdinaryFlagged.Count,3} of {report.Ordinary,-3} ({report.FalseFlagRate:P0})");
            if (style.Key != "all")
            {
                Print(show, report.Labels.Where(s => s.Label != "fraud").SelectMany(s => s.Errors).Concat(report.OrdinaryFlagged.Select(o => "ordinary flagged " + o)).Distinct());
            }
        }
    }

    // "–" where a share has nothing to count: no such messages in the style, or none flagged.
    private static string Pair(FlagEvaluation.Scores s) =>
        s.TruePositives + s.FalseNegatives == 0 && s.FalsePositives == 0 ? "–"
            : $"{(s.TruePositives + s.FalsePositives == 0 ? "–" : $"{s.Precision * 100:0}")} / {Recall(s)}";

    private static string Recall(FlagEvaluation.Scores s) => s.TruePositives + s.FalseNegatives == 0 ? "–" : $"{s.Recall * 100:0}";

    private static void Print(bool show, IEnumerable<string> lines)
    {
        if (!show)
        {
            return;
        }

        foreach (var line in lines)
        {
            Console.WriteLine("  miss: " + line);
        }
    }
}
