using KepuKnowledge.Analysis;
using KepuKnowledge.Duties;
using KepuKnowledge.Indexing;
using KepuKnowledge.Ingestion;
using KepuKnowledge.Library;
using KepuKnowledge.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KepuKnowledge;

/// <summary>The knowledge library's single entry point for dependency injection.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Registers corpus loading, Chinese analysis, the snapshot index and passage search, and the library's options
    /// (<see cref="KnowledgeOptions"/>, <see cref="LibraryOptions"/>), checked against their annotations at start-up.
    /// Where their values come from is the host's: <paramref name="knowledge"/> and <paramref name="library"/> bind
    /// them (a host binds the sections the options name). Paths in <see cref="KnowledgeOptions"/> are resolved
    /// against <paramref name="contentRoot"/>.
    /// </summary>
    public static IServiceCollection AddKepuKnowledge(
        this IServiceCollection services,
        string contentRoot,
        Action<OptionsBuilder<KnowledgeOptions>>? knowledge = null,
        Action<OptionsBuilder<LibraryOptions>>? library = null)
    {
        var knowledgeOptions = services.AddOptions<KnowledgeOptions>().ValidateOnStart();
        var libraryOptions = services.AddOptions<LibraryOptions>().ValidateOnStart();
        knowledge?.Invoke(knowledgeOptions);
        library?.Invoke(libraryOptions);
        services.AddSingleton<IValidateOptions<KnowledgeOptions>, AnnotatedOptions<KnowledgeOptions>>();
        services.AddSingleton<IValidateOptions<LibraryOptions>, AnnotatedOptions<LibraryOptions>>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<KnowledgePaths>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            return KnowledgePaths.Resolve(contentRoot, options);
        });
        services.AddSingleton(sp => Lexicon.Load(sp.GetRequiredService<KnowledgePaths>().Lexicon));
        services.AddSingleton(sp => ColloquialWords.Load(sp.GetRequiredService<KnowledgePaths>().Lexicon));
        services.AddSingleton<ChineseSegmenter>();
        services.AddSingleton<KepuAnalyzers>();
        services.AddSingleton<DocumentParser>();
        services.AddSingleton<CorpusLoader>();
        services.AddSingleton<DocumentImporter>();
        services.AddSingleton(sp => new IndexSnapshotStore(sp.GetRequiredService<KnowledgePaths>().Index));
        services.AddSingleton<KnowledgeIndex>();
        services.AddSingleton<ISnapshotContributor, DutySnapshotWriter>();
        services.AddSingleton<KnowledgeIndexWriter>();
        services.AddSingleton<PassageSearcher>();
        services.AddSingleton<KnowledgeBase>();
        services.AddSingleton<FaqMatcher>();
        services.AddSingleton<CorpusValidator>();
        services.AddSingleton<ILibraryAudit>(sp =>
            new JsonLinesLibraryAudit(Path.GetFullPath(sp.GetRequiredService<IOptions<LibraryOptions>>().Value.AuditPath, contentRoot)));
        services.AddSingleton<LibraryWorkflow>();
        services.AddSingleton<DutyService>();
        return services;
    }
}
