using System.Text.RegularExpressions;
using KepuBot.Conversation;
using KepuKnowledge.Analysis;
using KepuKnowledge.Ingestion;
using KepuKnowledge.Retrieval;

namespace KepuBot.Agent.Answering;

/// <summary>
/// Composes a short answer from the best passages without a model: the sentences that share most of the
/// question's words (and hold the kind of fact asked for), tidied into one to three sentences within the style's
/// length, key point first. Deterministic and fast.
/// </summary>
public sealed partial class ExtractiveComposer(ChineseSegmenter segmenter)
{
    private const int PassagesConsidered = 3;

    /// <summary>Maximum characters of the core answer for a style.</summary>
    public static int MaxLength(AnswerStyle style) => style == AnswerStyle.Elderly ? 80 : 120;

    /// <summary>Picks the sentences that answer <paramref name="question"/> from <paramref name="hits"/>.</summary>
    public IReadOnlyList<AnswerSentence> Select(string question, IReadOnlyList<SearchHit> hits, AnswerStyle style)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var terms = QuestionTerms(question);
        var answerTypes = AnswerTypeHint.For(ChineseNormalizer.Normalize(question));
        var candidates = hits.Take(PassagesConsidered)
            .SelectMany((hit, rank) => SentencesOf(hit).Select((sentence, position) =>
                new AnswerSentence(sentence, hit, position, Score(sentence, hit, terms, answerTypes) * RankWeight(rank))))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var max = MaxLength(style);
        var maxSentences = style == AnswerStyle.Elderly ? 2 : 3;
        var chosen = new List<AnswerSentence> { candidates[0] };
        foreach (var candidate in candidates.Skip(1))
        {
            if (chosen.Count >= maxSentences || candidate.Score < candidates[0].Score * 0.6)
            {
                break;
            }

            // A list item labelled with its situation ("在开车：…") speaks to that situation only: once the best sentence's
            // label names what was asked ("在高楼里："), an item labelled with a situation nobody asked about stays out.
            if (OtherSituation(candidates[0].Text, candidate.Text, terms))
            {
                continue;
            }

            if (chosen.Sum(c => c.Text.Length) + candidate.Text.Length <= max && !chosen.Any(c => c.Text == candidate.Text))
            {
                chosen.Add(candidate);
            }
        }

        // Sentences from the same passage read best in their original order.
        return chosen.OrderBy(c => hits.ToList().IndexOf(c.Hit)).ThenBy(c => c.Position).ToList();
    }

    /// <summary>Joins chosen sentences into the core answer, shortening one overlong sentence at a clause break.</summary>
    public static string Compose(IReadOnlyList<AnswerSentence> sentences, AnswerStyle style)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var max = MaxLength(style);
        var text = string.Concat(sentences.Select(s => EndSentence(s.Text)));
        return text.Length <= max ? text : Shorten(text, max);
    }

    /// <summary>The question's content words (stop words and question framing removed).</summary>
    public IReadOnlyList<string> QuestionTerms(string question) =>
        segmenter.Segment(question).Select(t => t.Text)
            .Where(t => !StopWords.Words.Contains(t) && !QuestionFillers.Words.Contains(t) && t.Any(char.IsLetterOrDigit))
            .Distinct().ToList();

    // A work-list row reads "责任单位：X。主要工作：Y。具体任务：Z。"; as an answer it becomes "X：Z".
    private static IEnumerable<string> SentencesOf(SearchHit hit)
    {
        var row = RowPattern().Match(hit.Text);
        if (row.Success)
        {
            foreach (var sentence in SentenceChunker.Sentences(row.Groups["task"].Value))
            {
                yield return $"{row.Groups["unit"].Value}：{sentence}";
            }

            yield break;
        }

        foreach (var sentence in SentenceChunker.Sentences(StripListMarks(hit.Text)))
        {
            if (sentence.Length >= 4)
            {
                yield return sentence;
            }
        }
    }

    private static double Score(string sentence, SearchHit hit, IReadOnlyList<string> terms, IReadOnlyList<Regex> answerTypes)
    {
        var normalized = ChineseNormalizer.Normalize(sentence);
        var context = ChineseNormalizer.Normalize(hit.Section);
        var score = 0.0;
        foreach (var term in terms)
        {
            var weight = Math.Min(term.Length, 4);
            if (normalized.Contains(term, StringComparison.Ordinal))
            {
                score += weight;
            }
            else if (context.Contains(term, StringComparison.Ordinal))
            {
                // A term named by the heading still supports the sentence under it, but less.
                score += weight * 0.3;
            }
        }

        if (answerTypes.Count > 0 && answerTypes.Any(a => a.IsMatch(sentence)))
        {
            score *= 1.5;
        }

        // Very long sentences make poor short answers.
        return score / (1 + Math.Max(0, sentence.Length - 80) / 120.0);
    }

    private static bool OtherSituation(string best, string candidate, IReadOnlyList<string> terms)
    {
        var asked = SituationLabel().Match(best);
        var other = SituationLabel().Match(candidate);
        return asked.Success && other.Success && asked.Value != other.Value
            && terms.Any(t => asked.Value.Contains(t, StringComparison.Ordinal))
            && !terms.Any(t => other.Value.Contains(t, StringComparison.Ordinal));
    }

    private static double RankWeight(int rank) => rank switch { 0 => 1.0, 1 => 0.8, _ => 0.65 };

    private static string EndSentence(string text) =>
        text.Length > 0 && "。！？!?；".Contains(text[^1], StringComparison.Ordinal) ? text.TrimEnd('；') + (text[^1] == '；' ? "。" : string.Empty) : text + "。";

    /// <summary><paramref name="text"/> cut at the last clause break that fits <paramref name="max"/> characters, marked with "…".</summary>
    internal static string Shorten(string text, int max)
    {
        var cut = text.LastIndexOfAny(['，', '；', '、', ','], max - 1);
        return (cut > max / 2 ? text[..cut] : text[..(max - 1)]) + "…";
    }

    private static string StripListMarks(string text) => ListMark().Replace(text, string.Empty);

    [GeneratedRegex(@"^责任单位：(?<unit>[^。]+)。(主要工作：[^。]+。)?具体任务：(?<task>.+)$", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("^[^，。：；]{1,8}(?=：)")]
    private static partial Regex SituationLabel();

    [GeneratedRegex(@"(?m)^\s*([-*•]|\d+[.、)])\s*")]
    private static partial Regex ListMark();
}
