using System.Text.RegularExpressions;
using KepuBot.Conversation;
using KepuKnowledge.Analysis;
using KepuKnowledge.Duties;

namespace KepuBot.Agent.Answering;

/// <summary>
/// Answers staff duty questions from the extracted duty lists: "what must my unit do" gets the count, the grouping
/// by action and the first items with the way to get the full list; "谁负责…" lists the responsible units. Specific
/// questions (how often, by when) go to the knowledge answerer, which quotes the exact row.
/// </summary>
public sealed partial class DutyAnswerer(DutyService duties, ChineseSegmenter segmenter)
{
    private const int ItemsShown = 3;

    /// <summary>An answer, or null when the question is better answered by passage search.</summary>
    public AgentAnswer? TryAnswer(AgentQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var book = duties.Book;
        if (WhoIsResponsible().IsMatch(question.Resolved))
        {
            return Responsible(book, question.Resolved);
        }

        var units = book.UnitsIn(question.Resolved);
        if (units.Count == 0 || !WhatMustWeDo().IsMatch(question.Resolved) || SpecificAsk().IsMatch(question.Resolved))
        {
            return null;
        }

        var lookup = book.ForUnit(units[0]);
        var topic = TopicWords(book, question.Resolved, lookup.MatchedUnits);
        var regionDocs = duties.DocumentsForRegionIn(question.Resolved);
        var all = lookup.Duties.Where(d => !d.IsForEveryUnit && (regionDocs.Count == 0 || regionDocs.Contains(d.DocId))).ToList();
        if (all.Count == 0)
        {
            return null;
        }

        // Narrow to the topic when the question names one the duties mention; words they never mention
        // (a place name the segmenter split oddly, say) do not empty the list.
        var narrowed = all.Where(d => topic.Any(t => (d.Action ?? string.Empty).Contains(t, StringComparison.Ordinal) || d.Task.Contains(t, StringComparison.Ordinal))).ToList();
        var own = narrowed.Count > 0 ? narrowed : all;

        var groups = own.GroupBy(d => d.Action ?? "其他").Select(g => $"{g.Key}（{g.Count()}项）");
        var counted = own.Count(d => d.Frequency is not null);
        var unitName = string.Join("、", own.SelectMany(d => d.Units).Where(lookup.MatchedUnits.Contains).Distinct());
        // The elderly style has room for the count and one item only: the frequency count and the way to the full list go.
        var brief = question.Style == AnswerStyle.Elderly;
        var summary = $"{unitName}共有{own.Count}项任务：{string.Join("，", groups)}。" + (counted > 0 && !brief ? $"其中{counted}项有频次要求。" : string.Empty);
        var items = own.Take(ItemsShown).Select((d, i) => $"{i + 1}. {Shorten(d.Task)}{(d.Frequency is null ? string.Empty : $"（{DutyChecklistExporter.Describe(d.Frequency)}）")}");
        var more = own.Count > ItemsShown && !brief ? $"\n完整清单：命令行运行 duties \"{units[0]}\"，或打开 /api/duties?unit={Uri.EscapeDataString(units[0])}。" : string.Empty;
        return new AgentAnswer
        {
            Answer = summary + "\n" + string.Join("\n", items) + more,
            Intent = Intent.Duty,
            Grounded = true,
            Citations = own.Take(ItemsShown).Select(d => new Citation(d.DocId, TitleOf(d), d.Section, d.Task)).ToList(),
        };
    }

    private AgentAnswer? Responsible(DutyBook book, string question)
    {
        var found = book.ForTopic(WhoIsResponsible().Replace(question, string.Empty));
        if (found.Count == 0)
        {
            return null;
        }

        var units = found.SelectMany(d => d.Units).Distinct().ToList();
        var lines = found.Take(ItemsShown).Select((d, i) => $"{i + 1}. {string.Join("、", d.Units)}：{Shorten(d.Task)}");
        return new AgentAnswer
        {
            Answer = $"负责单位有：{string.Join("、", units.Take(8))}{(units.Count > 8 ? "等" : string.Empty)}。\n{string.Join("\n", lines)}",
            Intent = Intent.Duty,
            Grounded = true,
            Citations = found.Take(ItemsShown).Select(d => new Citation(d.DocId, TitleOf(d), d.Section, d.Task)).ToList(),
        };
    }

    // What the question narrows the duties to, beyond the unit itself (老年人 in "民政局在老年人方面要做什么").
    private List<string> TopicWords(DutyBook book, string question, IReadOnlyList<string> units)
    {
        var unitText = string.Concat(units);
        return segmenter.Segment(question).Select(t => t.Text)
            .Where(t => t.Length >= 2 && !StopWords.Words.Contains(t) && !GenericWords.Contains(t) && !unitText.Contains(t, StringComparison.Ordinal) && book.UnitsIn(t).Count == 0)
            .ToList();
    }

    // The duty's section starts with the table caption or heading; the document title comes from the citation's docId.
    private string TitleOf(Duty duty) => duties.TitleOf(duty.DocId) ?? duty.DocId;

    private static string Shorten(string task) => task.Length <= 40 ? task.TrimEnd('。') : task[..39] + "…";

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "巴南", "巴南区", "濮阳", "唐山", "忠县", "重庆", "今年", "工作", "任务", "职责", "做什么", "要做", "科普工作", "科普", "开展", "方面", "哪些", "清单", "单位", "部门", "我们", "提升", "科学素质",
    };

    [GeneratedRegex(@"谁(来)?负责|由哪些?(单位|部门)(负责|牵头|承担)|哪些?(单位|部门)(负责|牵头|承担)|归谁管|谁在管|谁管")]
    private static partial Regex WhoIsResponsible();

    [GeneratedRegex(@"要做什么|做什么|干什么|干啥|做啥|要干|哪些(工作|任务|事)|什么(工作|任务)|职责|任务清单|工作清单|有啥(任务|要求|工作)|要求")]
    private static partial Regex WhatMustWeDo();

    [GeneratedRegex(@"几次|多少次|多少条|什么时候|何时|截止|多久|频次|每天|每年|每月")]
    private static partial Regex SpecificAsk();
}
