using System.Collections.Frozen;
using KepuKnowledge;

namespace KepuBot.Conversation;

/// <summary>
/// The service's own reply texts that are not taken from a document (<c>corpus/lexicon/replies.txt</c>, key and
/// text per line), so the words residents read stay editable data rather than sentences in code. A text writes a line
/// break as <c>\n</c>; a list (starter questions) separates its items with <c>|</c>.
/// </summary>
public sealed class ReplyBook
{
    private readonly FrozenDictionary<string, string> _texts;

    /// <summary>Loads the replies from the lexicon folder.</summary>
    public ReplyBook(KnowledgePaths paths)
        : this(Load(Path.Combine((paths ?? throw new ArgumentNullException(nameof(paths))).Lexicon, "replies.txt")))
    {
    }

    private ReplyBook(FrozenDictionary<string, string> texts)
    {
        if (ReplyKeys.All.FirstOrDefault(key => !texts.ContainsKey(key)) is string missing)
        {
            throw new InvalidOperationException($"replies.txt has no reply '{missing}', which the service uses");
        }

        _texts = texts;
    }

    /// <summary>The reply <paramref name="key"/> with its placeholders filled in.</summary>
    public string Text(string key, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!_texts.TryGetValue(key, out var text))
        {
            throw new InvalidOperationException($"replies.txt has no reply '{key}'");
        }

        for (var i = 0; i < values.Length; i++)
        {
            text = text.Replace($"{{{i}}}", values[i], StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The list reply <paramref name="key"/>: its items, in order.</summary>
    public IReadOnlyList<string> List(string key) =>
        Text(key).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static FrozenDictionary<string, string> Load(string path)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            if (raw.Trim().Length == 0 || raw.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var tab = raw.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || raw[(tab + 1)..].Trim().Length == 0)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'key<tab>text'");
            }

            texts[raw[..tab].Trim()] = raw[(tab + 1)..].Trim().Replace("\\n", "\n", StringComparison.Ordinal);
        }

        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
