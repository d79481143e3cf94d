namespace KepuBot.Hosting;

/// <summary>
/// Finds the folder holding <c>appsettings.json</c> and <c>corpus/</c>: the repository root, whether the service
/// runs with <c>dotnet run --project src/KepuBot</c> from the root or from its build output.
/// </summary>
public static class ContentRoot
{
    /// <summary>Environment variable that overrides the search.</summary>
    public const string Variable = "KEPUBOT_ROOT";

    /// <summary>The content root.</summary>
    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        return SearchUp(Directory.GetCurrentDirectory()) ?? SearchUp(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
    }

    private static string? SearchUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "corpus")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
