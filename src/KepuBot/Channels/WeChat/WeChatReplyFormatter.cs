using System.Globalization;
using System.Text;
using KepuBot.Conversation;

namespace KepuBot.Channels.WeChat;

/// <summary>
/// Renders an answer as WeChat text: the answer first, then up to three sources (标题 › 章节), within the passive-reply
/// limit. Over the limit, sources go first (down to the top one), then the answer's tail is cut with "…".
/// </summary>
internal static class WeChatReplyFormatter
{
    /// <summary>
    /// The old docs said 2048 bytes; measured, the effective maximum is 2047 UTF-8 bytes, and over-long content is not
    /// an error WeChat reports: the user just sees "service unavailable" (PROTOCOLS.md §2.4).
    /// </summary>
    public const int MaxBytes = 2047;

    private const int MaxSources = 3;
    private const int MaxLabelChars = 60;
    private const string Ellipsis = "…";
    private const string SourcesHeading = "\n\n来源：";

    public static string Format(AgentAnswer answer)
    {
        var text = answer.Answer.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var sources = answer.Citations
            .Select(Label)
            .Where(label => label.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxSources)
            .ToList();

        // A fraud warning is the head of the answer text, so every cut below is from the tail and keeps it first.
        for (var count = sources.Count; count >= 1; count--)
        {
            var candidate = Compose(text, sources.Take(count));
            if (Encoding.UTF8.GetByteCount(candidate) <= MaxBytes)
            {
                return candidate;
            }
        }

        if (Encoding.UTF8.GetByteCount(text) <= MaxBytes && sources.Count == 0)
        {
            return text;
        }

        // Still too long: keep the top source (every answer is cited) and shorten the answer to fit around it.
        var tail = sources.Count > 0 ? Compose(string.Empty, sources.Take(1)) : string.Empty;
        var room = MaxBytes - Encoding.UTF8.GetByteCount(tail) - Encoding.UTF8.GetByteCount(Ellipsis);
        return Truncate(text, room).TrimEnd() + Ellipsis + tail;
    }

    /// <summary>The longest prefix of whole text elements (no split emoji or surrogate pairs) within the byte budget.</summary>
    public static string Truncate(string text, int maxBytes)
    {
        var used = 0;
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            used += Encoding.UTF8.GetByteCount(element);
            if (used > maxBytes)
            {
                break;
            }

            end = elements.ElementIndex + element.Length;
        }

        return text[..end];
    }

    private static string Compose(string text, IEnumerable<string> sources)
    {
        var builder = new StringBuilder(text).Append(SourcesHeading);
        foreach (var source in sources)
        {
            builder.Append('\n').Append("· ").Append(source);
        }

        return builder.ToString();
    }

    private static string Label(Citation citation)
    {
        var title = citation.Title.Trim();
        var section = citation.Section.Trim();
        var label = section.Length > 0 ? $"{title} › {section}" : title;
        var elements = new StringInfo(label);
        return elements.LengthInTextElements <= MaxLabelChars
            ? label
            : elements.SubstringByTextElements(0, MaxLabelChars - 1).TrimEnd() + Ellipsis;
    }
}
