using System.Text.RegularExpressions;
using KepuBot.Agent.Search;
using KepuKnowledge.Analysis;
using KepuKnowledge.Retrieval;

namespace KepuBot.Agent.Answering;

/// <summary>
/// Checks a model's answer before it is sent: every citation must name a passage the tools returned this turn,
/// there must be at least one, every number in the answer must appear in a cited passage, and most of the
/// answer's words must be found in what it cites. Anything else falls back to the extractive answer.
/// </summary>
public sealed partial class ModelAnswerCheck(ChineseSegmenter segmenter)
{
    private const double MinSupport = 0.6;

    /// <summary>The verified answer text (citation marks removed) and the passages cited, or null if it fails.</summary>
    public (string Text, IReadOnlyList<SearchHit> Cited)? Verify(string modelAnswer, TurnEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(modelAnswer);
        ArgumentNullException.ThrowIfNull(evidence);
        var ids = CitationMark().Matches(modelAnswer).Select(m => m.Groups[1].Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        var cited = ids.Select(evidence.Find).ToList();
        if (cited.Any(h => h is null))
        {
            return null;
        }

        var text = CitationMark().Replace(modelAnswer, string.Empty).Trim();
        var support = ChineseNormalizer.Normalize(string.Join('\n', cited.Select(h => h!.Text + h.Section + h.Title)));
        if (Numbers().Matches(ChineseNormalizer.Normalize(text)).Any(n => !support.Contains(n.Value, StringComparison.Ordinal)))
        {
            return null;
        }

        var words = segmenter.Segment(text).Select(t => t.Text).Where(t => t.Length >= 2 && !StopWords.Words.Contains(t)).Distinct().ToList();
        var supported = words.Count(w => support.Contains(w, StringComparison.Ordinal));
        return words.Count == 0 || (double)supported / words.Count < MinSupport ? null : (text, cited.Select(h => h!).ToList());
    }

    /// <summary>
    /// Whether a model's answer says the knowledge holds no basis (the prompt's "知识库中没有找到依据", or the same in
    /// other words) and cites nothing: a cautious model's refusal, which the service keeps rather than overriding.
    /// </summary>
    public static bool IsRefusal(string modelAnswer)
    {
        ArgumentNullException.ThrowIfNull(modelAnswer);
        return !CitationMark().IsMatch(modelAnswer) && Refusal().IsMatch(ChineseNormalizer.Normalize(modelAnswer));
    }

    [GeneratedRegex(@"没有(找到|查到|检索到)?(相关|能回答|可以回答)?的?(依据|资料|内容|信息)|没有找到|无法(回答|提供|确定)|不能(回答|提供)|(不在|超出)(知识库|我)?的?(范围|能回答)")]
    private static partial Regex Refusal();

    [GeneratedRegex(@"\[([A-Za-z0-9][A-Za-z0-9\-]*#-?\d+)\]")]
    private static partial Regex CitationMark();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Numbers();
}
