using System.Text.RegularExpressions;

namespace KepuKnowledge.Retrieval;

/// <summary>
/// What kind of answer a question asks for (a share, a count, a date, a document number) and whether a passage
/// holds one: a passage that could answer "多少比例" contains a percentage, one that answers "什么时候" a date.
/// </summary>
public static partial class AnswerTypeHint
{
    /// <summary>Extra weight for passages holding the kind of answer asked for.</summary>
    public const float Boost = 1.3f;

    private static readonly (Regex Question, Regex Answer)[] Hints =
    [
        (ShareQuestion(), ShareAnswer()),
        (CountQuestion(), CountAnswer()),
        (DateQuestion(), DateAnswer()),
        (NumberQuestion(), NumberAnswer()),
        (IssuerQuestion(), IssuerAnswer()),
    ];

    /// <summary>The answer patterns a normalized question asks for (none for most questions).</summary>
    public static IReadOnlyList<Regex> For(string normalizedQuestion) =>
        Hints.Where(h => h.Question.IsMatch(normalizedQuestion)).Select(h => h.Answer).ToList();

    /// <summary>Weight for a passage given the answer patterns asked for.</summary>
    public static float Weight(IReadOnlyList<Regex> answers, string passageText) =>
        answers.Count > 0 && answers.Any(a => a.IsMatch(passageText)) ? Boost : 1f;

    [GeneratedRegex("比例|百分之|百分比|占比|多大比重|覆盖多少")]
    private static partial Regex ShareQuestion();

    [GeneratedRegex(@"\d+(\.\d+)?\s*[%％]|百分之")]
    private static partial Regex ShareAnswer();

    [GeneratedRegex("几次|多少次|几场|多少场|多少条|几条|多少人次|多少个|几个|频次|多久一次")]
    private static partial Regex CountQuestion();

    [GeneratedRegex(@"(不少于|至少|不低于|达到|新增)\s*\d+|\d+\s*(次|场|条|个|人次)")]
    private static partial Regex CountAnswer();

    [GeneratedRegex("什么时候|何时|哪天|截止|日期|几月|哪一年|哪年|时间")]
    private static partial Regex DateQuestion();

    [GeneratedRegex(@"\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|日期")]
    private static partial Regex DateAnswer();

    [GeneratedRegex("哪个单位|哪个部门|哪家单位|谁(印发|发布|制定|发的)|发布机构|印发单位|发文单位|由谁")]
    private static partial Regex IssuerQuestion();

    [GeneratedRegex("发布机构|印发单位")]
    private static partial Regex IssuerAnswer();

    [GeneratedRegex("文号|发文字号|字号")]
    private static partial Regex NumberQuestion();

    [GeneratedRegex(@"〔\d{4}〕\d+号")]
    private static partial Regex NumberAnswer();
}
