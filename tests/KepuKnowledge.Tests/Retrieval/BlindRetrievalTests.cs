using KepuKnowledge.Retrieval;

namespace KepuKnowledge.Tests.Retrieval;

/// <summary>
/// The threshold test for retrieval: <c>eval/holdout3/questions.tsv</c> was written blind (its author read the five
/// policies and the library's titles, never the code, lexicons or other sets; see its README), and no change has
/// been tuned on its questions since, so it says how search does on questions nobody wrote it for. Each threshold
/// sits just under the value measured on it (2026-12-07): losing one case fails.
/// </summary>
public sealed class BlindRetrievalTests(RealCorpusFixture fixture) : IClassFixture<RealCorpusFixture>
{
    // Measured on the bundled corpus: 57 of the 58 questions naming a document find it first; 55 of all 60 find
    // a passage of the expected document (any document for the two * rows) holding the fact in the top 3.
    private const int TopDocument = 57;
    private const int FactInTopThree = 55;

    [Fact]
    public void Blind_questions_find_the_right_document_first_and_the_fact_in_the_top_three()
    {
        var cases = File.ReadAllLines(Path.Combine(RepoPaths.Root, "eval", "holdout3", "questions.tsv")).Skip(1)
            .Select(line => line.Split('\t')).Select(cells => (Id: cells[0], Question: cells[2], Doc: cells[3], Facts: cells[4].Split('|'))).ToList();
        var namingADocument = cases.Where(c => c.Doc != "*").ToList();
        var topDocMisses = new List<string>();
        var factMisses = new List<string>();
        foreach (var c in cases)
        {
            var hits = fixture.Knowledge.Search(new SearchRequest { Query = c.Question, Top = 3 }).Hits;
            if (c.Doc != "*" && (hits.Count == 0 || hits[0].DocId != c.Doc))
            {
                topDocMisses.Add($"{c.Id} → {(hits.Count == 0 ? "(no hit)" : hits[0].DocId)}");
            }

            if (!hits.Any(h => (c.Doc == "*" || h.DocId == c.Doc) && c.Facts.Any(f => h.Text.Contains(f, StringComparison.Ordinal))))
            {
                factMisses.Add(c.Id);
            }
        }

        // A * row ("any document may answer") cannot miss the document, so it counts only towards the fact.
        Assert.Equal((60, 58), (cases.Count, namingADocument.Count));
        Assert.True(namingADocument.Count - topDocMisses.Count >= TopDocument,
            $"right document first for {namingADocument.Count - topDocMisses.Count} of {namingADocument.Count}; missed: {string.Join("; ", topDocMisses)}");
        Assert.True(cases.Count - factMisses.Count >= FactInTopThree,
            $"fact in the top 3 for {cases.Count - factMisses.Count} of {cases.Count}; missed: {string.Join(", ", factMisses)}");
    }
}
