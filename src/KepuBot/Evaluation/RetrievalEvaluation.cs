using KepuKnowledge;
using KepuKnowledge.Retrieval;

namespace KepuBot.Evaluation;

/// <summary>Retrieval quality: right document first, and a fact-bearing passage within the top 1 / 3 / 5.</summary>
public static class RetrievalEvaluation
{
    /// <summary>The measured shares, and the cases that missed.</summary>
    public sealed record Report(int Cases, double TopDoc, double FactAt1, double FactAt3, double FactAt5, IReadOnlyList<string> Misses);

    /// <summary>Runs the cases against the knowledge base.</summary>
    public static Report Run(KnowledgeBase knowledge, IReadOnlyList<QuestionCase> cases)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(cases);
        int topDoc = 0, at1 = 0, at3 = 0, at5 = 0;
        var misses = new List<string>();
        foreach (var c in cases)
        {
            var hits = knowledge.Search(new SearchRequest { Query = c.Question, Top = 5 }).Hits;
            var firstFact = hits.Select((h, i) => (h, i)).FirstOrDefault(x => c.IsExpectedDoc(x.h.DocId) && c.ContainsFact(x.h.Text)).i;
            var found = hits.Any(h => c.IsExpectedDoc(h.DocId) && c.ContainsFact(h.Text));
            var docOk = hits.Count > 0 && c.IsExpectedDoc(hits[0].DocId);
            topDoc += docOk ? 1 : 0;
            at1 += found && firstFact < 1 ? 1 : 0;
            at3 += found && firstFact < 3 ? 1 : 0;
            at5 += found ? 1 : 0;
            if (!docOk || !found || firstFact >= 3)
            {
                var first = hits.Count > 0 ? $"{hits[0].DocId} › {hits[0].Section}" : "(no hit)";
                misses.Add($"{c.Id} {c.Question} → top: {first}; fact rank: {(found ? (firstFact + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")}");
            }
        }

        double Share(int n) => cases.Count == 0 ? 0 : (double)n / cases.Count;
        return new Report(cases.Count, Share(topDoc), Share(at1), Share(at3), Share(at5), misses);
    }
}
