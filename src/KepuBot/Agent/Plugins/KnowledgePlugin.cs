using System.ComponentModel;
using KepuBot.Agent.Answering;
using KepuKnowledge;
using KepuKnowledge.Corpus;
using KepuKnowledge.Retrieval;
using Microsoft.SemanticKernel;

namespace KepuBot.Agent.Plugins;

/// <summary>
/// Knowledge search as a Semantic Kernel function: the extractive path invokes it through the kernel, a
/// configured model calls it as a tool. Every passage it returns is recorded in the turn's evidence, which the
/// kernel carries (the plugin itself is shared by all turns).
/// </summary>
public sealed class KnowledgePlugin(KnowledgeBase knowledge)
{
    /// <summary>Plugin name as registered in the kernel.</summary>
    public const string Name = "knowledge";

    /// <summary>Function name.</summary>
    public const string SearchFunction = "search_knowledge";

    /// <summary>Searches the knowledge base and returns passages with ids to cite.</summary>
    [KernelFunction(SearchFunction)]
    [Description("检索知识库（政策文件、科普文章、辟谣、反诈、应急、健康），返回带编号的段落。回答必须引用这些段落的编号。")]
    public string Search(
        Microsoft.SemanticKernel.Kernel kernel,
        [Description("检索内容，用中文关键词或问题")] string query,
        [Description("可选：文档类别 policy / antifraud / debunk / emergency / health / digital / faq")] string? kind = null,
        [Description("返回条数，默认 5")] int top = 5)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var hits = SearchHits(TurnEvidence.Of(kernel), query, string.IsNullOrWhiteSpace(kind) ? null : [kind], Math.Clamp(top, 1, 10));
        return ToolJson.Serialize(hits.Select(h => new { id = h.PassageId, title = h.Title, section = h.Section, text = h.Text, notice = h.Notice }));
    }

    /// <summary>The structured form used by the deterministic paths; records the hits as evidence.</summary>
    public IReadOnlyList<SearchHit> SearchHits(TurnEvidence evidence, string query, IReadOnlyList<string>? kinds, int top) =>
        SearchHits(evidence, new SearchRequest { Query = query, Kinds = kinds, Top = top });

    /// <summary>Runs <paramref name="request"/> and records the hits as evidence.</summary>
    public IReadOnlyList<SearchHit> SearchHits(TurnEvidence evidence, SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var hits = knowledge.Search(request).Hits;
        evidence.Add(hits);
        evidence.LastHits = hits;
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
