using System.Text.RegularExpressions;

namespace KepuBot.Conversation;

/// <summary>
/// Resolves follow-ups against the conversation: "那老年人呢？" or "具体要做几次？" after a question about a unit's
/// duties carries that question's subject forward. A question that stands on its own is left alone.
/// </summary>
public static partial class FollowUpResolver
{
    private const int MaxFollowUpLength = 16;

    /// <summary>The question to answer, given the previous turn's resolved question (if any).</summary>
    public static string Resolve(string? previous, string current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (string.IsNullOrWhiteSpace(previous))
        {
            return current;
        }

        var trimmed = current.Trim();
        var looksLikeFollowUp = trimmed.Length <= MaxFollowUpLength && (Opener().IsMatch(trimmed) || Tail().IsMatch(trimmed) || Pronoun().IsMatch(trimmed));
        return looksLikeFollowUp ? $"{Subject(previous)} {Opener().Replace(trimmed, string.Empty)}" : current;
    }

    // The previous question minus its own question words, so the follow-up's ask decides the answer type.
    private static string Subject(string previous) => QuestionWords().Replace(previous, string.Empty).Trim();

    [GeneratedRegex(@"^(那|那么|那你说|还有|另外|再问一下|具体|具体来说|其中|然后)")]
    private static partial Regex Opener();

    [GeneratedRegex(@"(呢|的呢)[？?]?$")]
    private static partial Regex Tail();

    [GeneratedRegex(@"^(它|他们|它们|这个|这些|那个|那些|这项|该)")]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"(要做什么|做什么|是什么|有哪些|哪些|怎么办|怎么样|如何|多少|几次|什么时候|吗|呢|？|\?)")]
    private static partial Regex QuestionWords();
}
