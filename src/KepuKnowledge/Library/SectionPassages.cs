using System.Globalization;
using KepuKnowledge.Indexing;
using KepuKnowledge.Retrieval;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KepuKnowledge.Library;

/// <summary>Reads the passages of one section of one document straight from an index generation.</summary>
internal static class SectionPassages
{
    // A document's passages number in the hundreds at most (the longest policy has about 170).
    private const int MaxPassagesPerDocument = 5000;

    public static IReadOnlyList<SearchHit> Read(IndexGeneration generation, string docId, string section, DateOnly today)
    {
        if (!generation.Catalog.TryGetValue(docId, out var entry))
        {
            return [];
        }

        var top = generation.Searcher.Search(new TermQuery(new Term(IndexFields.DocId, docId)), MaxPassagesPerDocument);
        var hits = new List<SearchHit>();
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var stored = generation.Searcher.Doc(scoreDoc.Doc);
            if (stored.Get(IndexFields.Section, CultureInfo.InvariantCulture) != section)
            {
                continue;
            }

            var text = stored.Get(IndexFields.Text, CultureInfo.InvariantCulture);
            hits.Add(new SearchHit(
                stored.Get(IndexFields.PassageId, CultureInfo.InvariantCulture),
                docId,
                entry.Metadata.Title,
                section,
                text,
                text,
                0f,
                entry.Metadata,
                ValidityNotice.For(entry.Metadata, today)));
        }

        return hits;
    }
}
