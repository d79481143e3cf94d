using KepuKnowledge.Corpus;
using KepuKnowledge.Ingestion;

namespace KepuKnowledge.Benchmarks;

/// <summary>
/// A synthetic corpus of a given size made from the real one: each copy of a real document gets a new id and its
/// passages' sentences rotated and mixed with another passage's, so the index sees realistic but distinct text.
/// </summary>
internal static class ScaleCorpus
{
    public static List<KnowledgeDocument> Generate(IReadOnlyList<KnowledgeDocument> real, int passages)
    {
        var random = new Random(20261123);
        var pool = real.SelectMany(d => d.Passages).Select(p => p.Text).ToArray();
        var result = new List<KnowledgeDocument>();
        var total = 0;
        for (var copy = 0; total < passages; copy++)
        {
            foreach (var document in real)
            {
                if (total >= passages)
                {
                    break;
                }

                var id = $"{document.Id}-s{copy}";
                var mixed = document.Passages.Take(passages - total).Select((p, i) =>
                {
                    var sentences = SentenceChunker.Sentences(p.Text).Concat(SentenceChunker.Sentences(pool[random.Next(pool.Length)]).Take(1)).ToList();
                    var rotation = sentences.Count == 0 ? 0 : random.Next(sentences.Count);
                    var text = string.Concat(sentences.Skip(rotation).Concat(sentences.Take(rotation)));
                    return new Passage(id, i, p.HeadingPath, text);
                }).ToList();
                total += mixed.Count;
                result.Add(new KnowledgeDocument(document.Metadata with { Id = id }, mixed, [], document.SourcePath, $"{document.ContentHash}-{copy}"));
            }
        }

        return result;
    }
}
