namespace KepuBot.Agent.Answering;

/// <summary>
/// Which of a debunk's topic words (its keywords and topics) a resident's message names, and the longest stretch it
/// shares with the debunk's title. A word counts when the message says it whole, or when one of the message's own
/// words is part of it (自闭 of 自闭症). The title counts by a shared stretch of five characters or more, a quote of
/// the rumor ("要发生大地震"); shorter ones are everyday words around a topic word ("每天", "会得流感"). Stretches
/// nested in one another count once (微波 inside 微波炉), so one word said once is never two pieces of evidence.
/// </summary>
public static class DebunkTopicWords
{
    private const int ShortestWord = 2;
    private const int ShortestTitleStretch = 5;

    /// <summary>The distinct stretches of <paramref name="message"/> that name the debunk.</summary>
    public static IReadOnlyList<string> Named(string message, IReadOnlyList<string> messageWords, IReadOnlyList<string> topicWords, string title)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(messageWords);
        ArgumentNullException.ThrowIfNull(topicWords);
        ArgumentNullException.ThrowIfNull(title);
        var spans = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in topicWords.Where(w => w.Length >= ShortestWord))
        {
            if (message.Contains(topic, StringComparison.Ordinal))
            {
                spans.Add(topic);
                continue;
            }

            foreach (var word in messageWords.Where(w => w.Length >= ShortestWord && topic.Contains(w, StringComparison.Ordinal)))
            {
                spans.Add(word);
            }
        }

        if (LongestSharedStretch(message, title) is { Length: >= ShortestTitleStretch } stretch)
        {
            spans.Add(stretch);
        }

        return spans.Where(s => !spans.Any(other => other.Length > s.Length && other.Contains(s, StringComparison.Ordinal))).ToList();
    }

    private static string LongestSharedStretch(string a, string b)
    {
        var best = string.Empty;
        for (var start = 0; start < a.Length; start++)
        {
            for (var length = best.Length + 1; start + length <= a.Length && char.IsLetterOrDigit(a[start + length - 1]); length++)
            {
                var stretch = a.Substring(start, length);
                if (!b.Contains(stretch, StringComparison.Ordinal))
                {
                    break;
                }

                best = stretch;
            }
        }

        return best;
    }
}
