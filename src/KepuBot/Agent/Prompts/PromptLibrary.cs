namespace KepuBot.Agent.Prompts;

/// <summary>Prompts kept as embedded files next to the agent, never in UI code.</summary>
public static class PromptLibrary
{
    /// <summary>The system prompt that confines a model to the retrieved passages.</summary>
    public static string GroundedAnswer { get; } = Read("grounded-answer.md");

    private static string Read(string name)
    {
        var assembly = typeof(PromptLibrary).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
