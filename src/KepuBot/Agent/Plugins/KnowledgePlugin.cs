using System.ComponentModel;
using KepuBot.Agent.Search;
using Microsoft.SemanticKernel;

namespace KepuBot.Agent.Plugins;

/// <summary>
/// <see cref="KnowledgeSearch"/> as a Semantic Kernel function, which a configured model calls as a tool. Every
/// passage it returns is recorded in the turn's evidence, which the kernel carries (the plugin itself is shared by
/// all turns).
/// </summary>
public sealed class KnowledgePlugin(KnowledgeSearch search)
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
        var hits = search.SearchHits(TurnEvidence.Of(kernel), query, string.IsNullOrWhiteSpace(kind) ? null : [kind], Math.Clamp(top, 1, 10));
        return ToolJson.Serialize(hits.Select(h => new { id = h.PassageId, title = h.Title, section = h.Section, text = h.Text, notice = h.Notice }));
    }
}
