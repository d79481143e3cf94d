namespace KepuBot.LoadTest;

/// <summary>
/// Questions to send: the evaluation sets' questions and the labelled safety messages (rumors, scams, ordinary
/// questions), so the load resembles real use.
/// </summary>
internal static class QuestionSource
{
    public static List<string> Load()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var eval = Path.Combine(dir.FullName, "eval");
            if (Directory.Exists(eval) && File.Exists(Path.Combine(dir.FullName, "KepuBot.sln")))
            {
                return Directory.GetFiles(eval, "*.tsv")
                    .Concat(Directory.GetFiles(Path.Combine(dir.FullName, "corpus", "lexicon", "safety", "examples"), "*.tsv"))
                    .Order(StringComparer.Ordinal)
                    .SelectMany(f => File.ReadLines(f).Skip(1))
                    .Select(l => l.Split('\t'))
                    .Select(c => c.Length >= 5 ? c[2] : c[^1])
                    .Where(q => q.Length > 0)
                    .ToList();
            }
        }

        throw new InvalidOperationException("run from inside the repository");
    }
}
