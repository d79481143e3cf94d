using System.ComponentModel.DataAnnotations;

namespace KepuKnowledge;

/// <summary>The <c>Knowledge</c> configuration section: where the corpus and the index live.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Knowledge";

    /// <summary>Corpus folder (policies, library, FAQ, lexicon), relative to the content root.</summary>
    [Required]
    public string CorpusPath { get; set; } = "corpus";

    /// <summary>Index snapshot folder, relative to the content root.</summary>
    [Required]
    public string IndexPath { get; set; } = "data/index";

    /// <summary>Lexicon folder; defaults to <c>lexicon</c> inside the corpus.</summary>
    public string? LexiconPath { get; set; }

    /// <summary>How often a running instance checks for a newly published snapshot.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(10);
}
