namespace KepuBot.Safety.Learned;

/// <summary>A message labelled by a person: <c>rumor</c>, <c>fraud</c> or <c>none</c>.</summary>
/// <param name="Label">The label.</param>
/// <param name="Text">The message as a resident wrote it.</param>
public sealed record LabelledMessage(string Label, string Text)
{
    /// <summary>The labels, in the order the classifier scores them.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["rumor", "fraud", "none"];

    /// <summary>
    /// Reads every <c>*.tsv</c> in <paramref name="folder"/>: <c>id expect text …</c> rows, a header row and
    /// <c>#</c> comments skipped. A row with an unknown label is a mistake in the data and stops loading.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"labelled examples folder not found: {folder}");
        }

        var messages = new List<LabelledMessage>();
        foreach (var file in Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                var cells = line.Split('\t');
                if (line.StartsWith('#') || cells.Length < 3 || (lineNumber == 1 && cells[0] == "id"))
                {
                    continue;
                }

                if (!Labels.Contains(cells[1]))
                {
                    throw new FormatException($"{Path.GetFileName(file)}:{lineNumber}: label '{cells[1]}' is not one of {string.Join(", ", Labels)}");
                }

                messages.Add(new LabelledMessage(cells[1], cells[2]));
            }
        }

        return messages;
    }
}
