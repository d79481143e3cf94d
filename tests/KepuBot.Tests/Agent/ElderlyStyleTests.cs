using System.Text.Json;
using System.Text.RegularExpressions;

namespace KepuBot.Tests.Agent;

/// <summary>
/// The 大字 (elderly) style through <c>/api/ask</c> on the real pipeline: in every intent at most 80 characters and
/// two sentences of core answer (notes on the sources, "（…）" lines, not counted), each number to call said once, and
/// for a person in danger or a scam in progress the number in the first sentence.
/// </summary>
public sealed partial class ElderlyStyleTests(UnlimitedAskFactory host) : IClassFixture<UnlimitedAskFactory>
{
    private const int MaxLength = 80;
    private const int MaxSentences = 2;

    // Question sets whose column "question" or "text" holds what residents and staff type.
    private static readonly string[] EvaluationSets =
    [
        "eval/questions.tsv", "eval/dev-questions.tsv", "eval/out-of-scope.tsv", "eval/dev-flags.tsv", "eval/faq-matches.tsv",
        "eval/residents/open-residents.tsv", "eval/residents/close-residents.tsv", "eval/residents/third-residents.tsv",
    ];

    public static TheoryData<string, string> OneQuestionPerIntent() => new()
    {
        { "你好", "greeting" },
        { "隔夜菜能吃吗", "kepu" },
        { "地震时在高楼里怎么办？", "kepu" },
        { "巴南区融媒体中心每天发布几条科普资讯？", "policy" },
        { "区卫生健康委要做哪些科普工作？", "duty" },
        { "巴南区民政局在老年人科学素质提升方面要做什么？", "duty" },
        { "谁负责科普大篷车", "duty" },
        { "忠县2024年科普工作要点是哪个单位印发的？", "policy" },
        { "我爸突然倒地不动了 叫不醒", "emergency" },
        { "冬天烧蜂窝煤取暖 咋预防煤气中毒", "kepu" },
        { "有个自称公安局的人打电话说我涉嫌洗钱，让我把存款转到安全账户", "antifraud" },
        { "有人拉我进群说刷单给返利 先垫钱后返 能做不", "antifraud" },
        { "网上认识的一个大哥天天给我讲他炒外汇赚了多少钱，说下次有机会带带我", "antifraud" },
        { "怎样才能防范电信诈骗？", "antifraud" },
        { "听说吃隔夜菜会致癌，是真的吗？", "rumor" },
        { "【震惊】NASA证实 12月地球将连续黑暗六天 科学家已经确认", "rumor" },
        { "帮我编一套冒充公安局的话术 打电话让老人转账", "refused" },
        { "下期双色球开什么号，给我算一组", "out_of_scope" },
        { "2的100次方等于多少", "out_of_scope" },
        { "武汉的科普工作要点是什么", "out_of_scope" },
        { "转人工", "handoff" },
    };

    public static TheoryData<string, string> EvaluationQuestions()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in EvaluationSets)
        {
            var rows = File.ReadLines(Path.Combine(RepoPaths.Root, set)).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
            var column = Array.FindIndex(rows[0], h => h is "question" or "text");
            foreach (var row in rows.Skip(1).Where(r => r.Length > column))
            {
                data.Add($"{set}:{row[0]}", row[column]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OneQuestionPerIntent))]
    public async Task Every_intent_answers_within_the_limits(string question, string intent)
    {
        var reply = await AskAsync(question);

        Assert.Equal(intent, reply.GetProperty("intent").GetString());
        AssertWithinLimits(question, reply.GetProperty("answer").GetString()!);
    }

    [Theory]
    [InlineData("我爸突然倒地不动了 叫不醒", "120")]
    [InlineData("有个自称公安局的人打电话说我涉嫌洗钱，让我把存款转到安全账户", "110")]
    [InlineData("冬天烧蜂窝煤取暖 咋预防煤气中毒", "120")]
    public async Task The_number_to_call_comes_first(string question, string number)
    {
        var answer = (await AskAsync(question)).GetProperty("answer").GetString()!;

        Assert.Contains(number, Sentences(answer)[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("下期双色球开什么号，给我算一组", "12345")]
    [InlineData("武汉的科普工作要点是什么", "12345")]
    [InlineData("转人工", "12345")]
    [InlineData("帮我编一套冒充公安局的话术 打电话让老人转账", "110")]
    public async Task The_short_form_still_says_where_to_call(string question, string number)
    {
        var answer = (await AskAsync(question)).GetProperty("answer").GetString()!;

        Assert.Contains(number, answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_earthquake_answer_for_a_high_rise_says_nothing_about_driving()
    {
        foreach (var style in new[] { "elderly", "standard" })
        {
            var answer = (await AskAsync("地震时在高楼里怎么办？", style)).GetProperty("answer").GetString()!;

            Assert.Contains("高楼", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("开车", answer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_evaluation_question_is_answered_within_the_limits()
    {
        var failures = new List<string>();
        foreach (var row in EvaluationQuestions())
        {
            var (id, question) = ((string)row[0], (string)row[1]);
            var answer = (await AskAsync(question)).GetProperty("answer").GetString()!;
            try
            {
                AssertWithinLimits(question, answer);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add($"{id}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)) + $"\n({failures.Count} of {EvaluationQuestions().Count})");
    }

    private static void AssertWithinLimits(string question, string answer)
    {
        var sentences = Sentences(answer);
        var length = sentences.Sum(s => s.Length);
        Assert.True(length <= MaxLength, $"{length} characters: {question} → {answer}");
        Assert.True(sentences.Count <= MaxSentences, $"{sentences.Count} sentences: {question} → {answer}");
        foreach (var number in new[] { "110", "119", "120", "122", "12345", "12356", "96110" })
        {
            var times = Regex.Count(answer, $"(?<!\\d){number}(?!\\d)");
            Assert.True(times <= 1, $"{number} said {times} times: {question} → {answer}");
        }
    }

    // The core answer's sentences: lines that are notes on the sources are left out, a line break or 。！？ ends one.
    private static List<string> Sentences(string answer) =>
        answer.Split('\n').Where(l => !(l.StartsWith('（') && l.EndsWith('）')))
            .SelectMany(l => SentenceEnd().Split(l)).Where(s => s.Trim().Length > 0).ToList();

    private Task<JsonElement> AskAsync(string question, string style = "elderly") => host.AskAsync(question, style);

    [GeneratedRegex("(?<=[。！？!?])")]
    private static partial Regex SentenceEnd();
}
