namespace KepuBot.Safety.Learned;

/// <summary>A message labelled by a person: <c>rumor</c>, <c>fraud</c> or <c>none</c>.</summary>
/// <param name="Label">The label.</param>
/// <param name="Text">The message as a resident wrote it.</param>
public sealed record LabelledMessage(string Label, string Text)
{
    /// <summary>The labels, in the order the classifier scores them.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["rumor", "fraud", "none"];

    /// <summary>
    /// Reads every <c>*.tsv</c> in <paramref name="folder"/>, in the labelled-case format the evaluation reads
    /// (<see cref="FlagCases.ReadFlags"/>: <c>id expect text …</c>, a header row and <c>#</c> comments skipped).
    /// </summary>
    public static IReadOnlyList<LabelledMessage> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"labelled examples folder not found: {folder}");
        }

        return Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal).SelectMany(LoadFile).ToList();
    }

    /// <summary>Reads one labelled-case file.</summary>
    public static IReadOnlyList<LabelledMessage> LoadFile(string path) =>
        FlagCases.ReadFlags(path).Select(c => new LabelledMessage(c.Expect, c.Text)).ToList();
}
