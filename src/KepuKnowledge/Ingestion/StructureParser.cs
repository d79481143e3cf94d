using System.Text;
using KepuKnowledge.Corpus;

namespace KepuKnowledge.Ingestion;

/// <summary>
/// Splits a cleaned document body into passages that follow the document's own 公文 numbering, so each
/// passage knows its heading path; Markdown tables become one passage per row and keep their structure.
/// </summary>
public static class StructureParser
{
    /// <summary>Passages longer than this are split at sentence ends.</summary>
    public const int MaxPassageLength = 360;

    /// <summary>Parses a cleaned body.</summary>
    /// <param name="docId">The document id, stamped on every passage.</param>
    /// <param name="title">The document title, used as the path of text before the first heading.</param>
    /// <param name="body">Cleaned text, one paragraph per line; tables as Markdown pipe rows.</param>
    public static DocumentStructure Parse(string docId, string title, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var state = new ParseState(docId, title);
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('|'))
            {
                var tableLines = new List<string>();
                while (i < lines.Length && lines[i].TrimStart().StartsWith('|'))
                {
                    tableLines.Add(lines[i].Trim());
                    i++;
                }

                i--;
                state.AddTable(MarkdownTable.Parse(state.CurrentCaption, tableLines));
                continue;
            }

            if (OfficialHeading.TryParse(line, out var level, out var heading, out var rest))
            {
                state.OpenHeading(level, heading, rest);
                continue;
            }

            state.AppendParagraph(line.Replace("**", string.Empty, StringComparison.Ordinal));
        }

        state.Flush();
        return new DocumentStructure(state.Passages, state.Tables);
    }

    private sealed class ParseState(string docId, string title)
    {
        private readonly List<(int Level, string Heading)> _stack = [];
        private readonly StringBuilder _body = new();
        private string _part = title;

        public List<Passage> Passages { get; } = [];

        public List<DocumentTable> Tables { get; } = [];

        public string CurrentCaption => _stack.Count > 0 ? _stack[^1].Heading : _part;

        private IReadOnlyList<string> CurrentPath => _stack.Count > 0 ? _stack.Select(s => s.Heading).ToArray() : [_part];

        public void OpenHeading(int level, string heading, string rest)
        {
            Flush();
            if (level == OfficialHeading.PartLevel)
            {
                _part = heading;
                _stack.Clear();
                return;
            }

            _stack.RemoveAll(s => s.Level >= level);
            _stack.Add((level, heading));
            // The heading sentence itself is part of the passage so a question about it finds the passage.
            _body.Append(heading).Append('。');
            if (rest.Length > 0)
            {
                _body.Append(rest);
            }
        }

        public void AppendParagraph(string text)
        {
            if (_body.Length > 0)
            {
                _body.Append('\n');
            }

            _body.Append(text);
        }

        public void AddTable(DocumentTable table)
        {
            Flush();
            Tables.Add(table);
            var numberColumn = table.ColumnIndex("序号");
            var lastColumn = table.Headers.Count - 1;
            foreach (var row in table.Rows)
            {
                var path = new List<string> { table.Caption };
                var text = new StringBuilder();
                for (var c = 0; c < table.Headers.Count; c++)
                {
                    if (c == numberColumn || row[c].Length == 0)
                    {
                        continue;
                    }

                    if (c < lastColumn)
                    {
                        path.Add(row[c]);
                    }

                    text.Append(table.Headers[c]).Append('：').Append(row[c].TrimEnd('。')).Append('。');
                }

                Add(path, text.ToString());
            }
        }

        public void Flush()
        {
            if (_body.Length == 0)
            {
                return;
            }

            var text = _body.ToString().Trim();
            _body.Clear();
            foreach (var chunk in SentenceChunker.Split(text, MaxPassageLength))
            {
                Add(CurrentPath, chunk);
            }
        }

        private void Add(IReadOnlyList<string> path, string text) =>
            Passages.Add(new Passage(docId, Passages.Count, path, text));
    }
}
