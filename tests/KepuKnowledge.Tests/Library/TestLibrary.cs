using KepuKnowledge.Ingestion;
using KepuKnowledge.Library;
using KepuKnowledge.Retrieval;
using Microsoft.Extensions.Options;

namespace KepuKnowledge.Tests.Library;

/// <summary>The library workflow over a real corpus folder and a real index on disk, wired as the service wires it.</summary>
internal sealed class TestLibrary : IDisposable
{
    public TestLibrary(string corpus, string index, string auditLog, TimeProvider clock, LibraryOptions? options = null)
    {
        var parser = new DocumentParser();
        var settings = Options.Create(options ?? new LibraryOptions());
        Knowledge = TestKnowledge.Create(corpus, index, clock, settings.Value);
        Audit = new JsonLinesLibraryAudit(auditLog);
        Workflow = new LibraryWorkflow(Knowledge.Paths, new CorpusLoader(parser), new DocumentImporter(parser), new CorpusValidator(parser, clock), Knowledge, Audit, settings, clock);
        Faq = new FaqMatcher(Knowledge, TestKnowledge.Segmenter, settings, clock);
    }

    public KnowledgeBase Knowledge { get; }

    public ILibraryAudit Audit { get; }

    public LibraryWorkflow Workflow { get; }

    public FaqMatcher Faq { get; }

    public IReadOnlyList<SearchHit> Search(string query, bool includeUncitable = false) =>
        Knowledge.Search(new SearchRequest { Query = query, Top = 10, IncludeUncitable = includeUncitable }).Hits;

    public void Dispose() => Knowledge.Index.Dispose();
}
