using System.Text.RegularExpressions;
using KepuBot.Conversation;
using KepuBot.Safety.Danger;
using Microsoft.Extensions.Options;

namespace KepuBot.Agent.Answering;

/// <summary>
/// The last step of an elderly-style (大字) answer, whichever path wrote it: at most two sentences and
/// <see cref="ExtractiveComposer.MaxLength"/> characters of core text, each number to call said once. Notes on the
/// sources ("（…）" lines) are kept and not counted: they are set apart on the page and say nothing to act on.
/// The paths choose short texts of their own first; this only cuts what they could not.
/// </summary>
public sealed partial class ElderlyStyle(DangerLexicon danger, IOptions<AgentOptions> options)
{
    /// <summary>Sentences an elderly answer may have.</summary>
    public const int MaxSentences = 2;

    // Below this many characters left, a shortened sentence is only a fragment; better to end before it.
    private const int MinFragment = 16;

    private readonly HashSet<string> _numbers = new(
        danger.Services.Values.SelectMany(s => s.Numbers).Concat(FraudResponder.WarningNumbers).Append(options.Value.Hotline),
        StringComparer.Ordinal);

    /// <summary><paramref name="answer"/> cut to the elderly style's limits.</summary>
    public string Fit(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var max = ExtractiveComposer.MaxLength(AnswerStyle.Elderly);
        var kept = new List<(string Text, bool NewLine)>();
        var said = new HashSet<string>(StringComparer.Ordinal);
        var length = 0;
        foreach (var (sentence, newLine) in CoreLines(answer).SelectMany(line => Split(line).Select((s, i) => (s, i == 0))))
        {
            if (kept.Count >= MaxSentences)
            {
                break;
            }

            // The number was said already: an older resident needs it once, not as every sentence's ending.
            var numbers = Numbers(sentence);
            if (numbers.Any(said.Contains))
            {
                continue;
            }

            var room = max - length;
            if (sentence.Length > room)
            {
                if (kept.Count == 0 || room >= MinFragment)
                {
                    kept.Add((ExtractiveComposer.Shorten(sentence, room), newLine));
                }

                break;
            }

            kept.Add((sentence, newLine));
            length += sentence.Length;
            said.UnionWith(numbers);
        }

        var core = string.Concat(kept.Select((k, i) => i > 0 && k.NewLine ? "\n" + k.Text : k.Text));
        return string.Join('\n', answer.Split('\n').Where(IsNote).Prepend(core));
    }

    private static bool IsNote(string line) => line.StartsWith('（') && line.EndsWith('）');

    private static IEnumerable<string> CoreLines(string answer) =>
        answer.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0 && !IsNote(l));

    private static IEnumerable<string> Split(string line) => SentenceEnd().Split(line).Where(s => s.Trim().Length > 0);

    private List<string> Numbers(string sentence) =>
        [.. Digits().Matches(sentence).Select(m => m.Value).Where(_numbers.Contains)];

    // Split after 。！？ (and their ASCII forms), keeping the mark with its sentence; "；" joins clauses of one sentence.
    [GeneratedRegex("(?<=[。！？!?])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<!\d)\d{3,5}(?!\d)")]
    private static partial Regex Digits();
}
