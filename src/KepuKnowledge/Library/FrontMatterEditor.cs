using KepuKnowledge.Ingestion;

namespace KepuKnowledge.Library;

/// <summary>
/// Changes single fields of a Markdown file's front matter and keeps every other line as staff wrote it (order,
/// comments, quoting), so a status change shows up in a diff as the few lines it changed.
/// </summary>
public static class FrontMatterEditor
{
    /// <summary>Sets a field to a single value, or removes it when <paramref name="value"/> is null.</summary>
    /// <exception cref="CorpusFormatException">The file has no front matter.</exception>
    public static string Set(string markdown, string key, string? value) =>
        Replace(markdown, key, value is null ? null : $"{key}: {MarkdownWriter.Quote(value)}");

    /// <summary>Sets a field to a list of values, or removes it when the list is empty.</summary>
    /// <exception cref="CorpusFormatException">The file has no front matter.</exception>
    public static string SetList(string markdown, string key, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Replace(markdown, key, values.Count == 0 ? null : $"{key}: [{string.Join(", ", values.Select(MarkdownWriter.Quote))}]");
    }

    private static string Replace(string markdown, string key, string? line)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        var end = text.StartsWith("---\n", StringComparison.Ordinal) ? text.IndexOf("\n---", 3, StringComparison.Ordinal) : -1;
        if (end < 0)
        {
            throw new CorpusFormatException("front matter: missing; the file must start with a --- fenced vetting record");
        }

        var header = end < 4 ? [] : text[4..end].Split('\n').ToList();
        var start = header.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (start < 0)
        {
            if (line is not null)
            {
                header.Add(line);
            }
        }
        else
        {
            // A block list ("key:" then "  - item" lines) belongs to the field and goes with it.
            var stop = start + 1;
            while (stop < header.Count && (header[stop].StartsWith(' ') || header[stop].StartsWith('\t') || header[stop].StartsWith('-')))
            {
                stop++;
            }

            header.RemoveRange(start, stop - start);
            if (line is not null)
            {
                header.Insert(start, line);
            }
        }

        return "---\n" + string.Join('\n', header) + text[end..];
    }
}
