using KepuKnowledge;
using KepuKnowledge.Corpus;
using KepuKnowledge.Retrieval;

namespace KepuBot.Agent.Search;

/// <summary>
/// The knowledge base as the agent reads it: every passage returned is recorded in the turn's evidence, which
/// citations may only name. The answerers call it directly; the plugins wrap it for a model.
/// </summary>
public sealed class KnowledgeSearch(KnowledgeBase knowledge)
{
    /// <summary>Searches; records the hits as evidence.</summary>
    public IReadOnlyList<SearchHit> SearchHits(TurnEvidence evidence, string query, IReadOnlyList<string>? kinds, int top) =>
        SearchHits(evidence, new SearchRequest { Query = query, Kinds = kinds, Top = top });

    /// <summary>Runs <paramref name="request"/> and records the hits as evidence.</summary>
    public IReadOnlyList<SearchHit> SearchHits(TurnEvidence evidence, SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var hits = knowledge.Search(request).Hits;
        evidence.Add(hits);
        return hits;
    }

    /// <summary>Ids of the anti-fraud articles about <paramref name="scenario"/> in the current snapshot.</summary>
    public IReadOnlyList<string> ScenarioArticles(string scenario) =>
        knowledge.IsReady ? knowledge.ScenarioDocuments(DocumentKinds.AntiFraud, scenario) : [];

    /// <summary>The passages of a known document's section (matched by the end of its heading); records them as evidence.</summary>
    public IReadOnlyList<SearchHit> SectionHits(TurnEvidence evidence, string docId, string sectionName)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (!knowledge.IsReady)
        {
            return [];
        }

        var hits = knowledge.Section(docId, sectionName);
        evidence.Add(hits);
        return hits;
    }
}
