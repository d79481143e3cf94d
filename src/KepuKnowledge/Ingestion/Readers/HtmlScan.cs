namespace KepuKnowledge.Ingestion.Readers;

/// <summary>
/// Counts the tags of a page and how deeply they nest, before the HTML parser sees it: the parser's tree building
/// slows down quadratically with depth (600 KB of <c>&lt;ul&gt;&lt;li&gt;</c> nested took 96 s) and the reader walks the
/// tree by recursion. The count is of tags as written; elements whose end tag HTML lets the next tag imply (<c>p</c>,
/// <c>li</c>, table cells) never count as nesting, so ordinary pages that leave them open are not refused.
/// </summary>
internal static class HtmlScan
{
    private static readonly HashSet<string> NeverNest = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements have no content.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        // The parser closes these when the next one (or their container's end) comes.
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rp",
    };

    // Their content is text, not tags: a script's "a < b" must not count as one.
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"];

    /// <exception cref="CorpusFormatException">The page has too many tags or nests them too deeply.</exception>
    public static void Check(string html)
    {
        var depth = 0;
        var elements = 0;
        var at = html.IndexOf('<', StringComparison.Ordinal);
        while (at >= 0 && at < html.Length - 1)
        {
            var next = html[at + 1];
            if (html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal))
            {
                at = Skip(html, at, "-->");
            }
            else if (next is '!' or '?')
            {
                at = Skip(html, at, ">");
            }
            else if (next == '/')
            {
                var name = Name(html, at + 2);
                if (name.Length > 0 && !NeverNest.Contains(name))
                {
                    depth = Math.Max(0, depth - 1);
                }

                at = Skip(html, at, ">");
            }
            else if (char.IsAsciiLetter(next))
            {
                var name = Name(html, at + 1);
                if (++elements > ReaderLimits.MaxElements)
                {
                    throw new CorpusFormatException($"html: over {ReaderLimits.MaxElements} elements");
                }

                if (!NeverNest.Contains(name) && ++depth > ReaderLimits.MaxNesting)
                {
                    throw new CorpusFormatException($"html: elements nested deeper than {ReaderLimits.MaxNesting} levels");
                }

                at = Skip(html, at, ">");
                if (RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    depth--;
                    at = SkipRawText(html, at, name);
                }
            }
            else
            {
                at++;
            }

            at = at < 0 ? -1 : html.IndexOf('<', at);
        }
    }

    private static string Name(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '-' or ':'))
        {
            end++;
        }

        return html[start..end];
    }

    /// <summary>The position after <paramref name="terminator"/>, or -1 when the page ends first.</summary>
    private static int Skip(string html, int from, string terminator)
    {
        var end = html.IndexOf(terminator, from + 1, StringComparison.Ordinal);
        return end < 0 ? -1 : end + terminator.Length;
    }

    private static int SkipRawText(string html, int from, string name)
    {
        if (from < 0)
        {
            return -1;
        }

        var end = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? -1 : Skip(html, end, ">");
    }
}
