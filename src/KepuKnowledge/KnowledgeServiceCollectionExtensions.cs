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
    /// Registers corpus loading, Chinese analysis, the snapshot index and passage search. Paths in
    /// <see cref="KnowledgeOptions"/> are resolved against <paramref name="contentRoot"/>.
    /// </summary>
    public static IServiceCollection AddKepuKnowledge(this IServiceCollection services, string contentRoot)
    {
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
