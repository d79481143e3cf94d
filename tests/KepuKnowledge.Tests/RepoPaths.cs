namespace KepuKnowledge.Tests;

/// <summary>Locates the repository (for the real corpus) and the test fixtures.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static string Seed(string prefix) =>
        Directory.GetFiles(Fixture("seeds"), prefix + "*.txt").Single();

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
