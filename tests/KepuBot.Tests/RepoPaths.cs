namespace KepuBot.Tests;

/// <summary>Locates the repository root, for the real corpus.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string SafetyLexicon => Path.Combine(Corpus, "lexicon", "safety");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KepuBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KepuBot.sln not found above the test output folder");
    }
}
