using KepuKnowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KepuKnowledge.Retrieval;

/// <summary>
/// Reads sections of a known document straight from an index generation, without a query: an answer that already
/// knows which article it rests on (a recognised scam's 怎么办, a debunk's 结论, an FAQ entry's cited section)
/// only has a section to find.
/// </summary>
internal static class SectionPassages
{
    // A document's passages number in the hundreds at most (the longest policy has about 170).
    private const int MaxPassagesPerDocument = 5000;

    /// <summary>
    /// The passages of <paramref name="docId"/> whose section <paramref name="isWanted"/> accepts, in document order;
    /// none if the document may not be cited on <paramref name="today"/> (a draft, retired, past its review date, or
    /// starter content unless <paramref name="citeStarter"/>).
    /// </summary>
    public static IReadOnlyList<SearchHit> Read(IndexGeneration generation, string docId, Func<string, bool> isWanted, DateOnly today, bool citeStarter)
    {
        if (!generation.Catalog.TryGetValue(docId, out var entry) || generation.UncitableOn(today, citeStarter).Contains(docId, StringComparer.Ordinal))
        {
            return [];
        }

        var hits = new List<SearchHit>();
        foreach (var doc in PassagesOf(generation, docId))
        {
            var stored = generation.Passages.Get(doc);
            if (isWanted(stored.Section))
            {
                hits.Add(new SearchHit(stored.PassageId, docId, entry.Metadata.Title, stored.Section, stored.Text, stored.Text, 0f, entry.Metadata, ValidityNotice.For(entry.Metadata, today)));
            }
        }

        return hits;
    }

    // Lucene numbers a document's passages in the order they were added, which is their order in the document.
    private static int[] PassagesOf(IndexGeneration generation, string docId) =>
        generation.Derived("passages-of\n" + docId, () => generation.Searcher
            .Search(new TermQuery(new Term(IndexFields.DocId, docId)), MaxPassagesPerDocument)
            .ScoreDocs.Select(d => d.Doc).Order().ToArray());
}
