using System.Text;

namespace KepuKnowledge.Ingestion;

/// <summary>Splits long text into chunks at sentence ends, so passages stay short enough to quote.</summary>
public static class SentenceChunker
{
    /// <summary>Splits <paramref name="text"/> into sentences ending in 。！？； or a line break.</summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (c == '\n')
            {
                Emit();
                continue;
            }

            current.Append(c);
            if (c is '。' or '！' or '？' or '；' or '!' or '?')
            {
                Emit();
            }
        }

        Emit();
        return sentences;

        void Emit()
        {
            var sentence = current.ToString().Trim();
            if (sentence.Length > 0)
            {
                sentences.Add(sentence);
            }

            current.Clear();
        }
    }

    /// <summary>Groups sentences into chunks of at most <paramref name="maxLength"/> characters (a longer sentence stands alone).</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return [text];
        }

        var chunks = new List<string>();
        var current = new StringBuilder();
        foreach (var sentence in Sentences(text))
        {
            if (current.Length > 0 && current.Length + sentence.Length > maxLength)
            {
                chunks.Add(current.ToString());
                current.Clear();
            }

            current.Append(sentence);
        }

        if (current.Length > 0)
        {
            chunks.Add(current.ToString());
        }

        return chunks;
    }
}
