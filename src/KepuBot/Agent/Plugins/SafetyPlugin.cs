using System.ComponentModel;
using KepuBot.Agent.Search;
using KepuBot.Safety;
using KepuKnowledge.Corpus;
using Microsoft.SemanticKernel;

namespace KepuBot.Agent.Plugins;

/// <summary>
/// The rumor check and the fraud-risk assessment as Semantic Kernel functions for a configured model: the same
/// detectors the router uses, with the vetted 辟谣 or anti-fraud passages that speak to the message, recorded as
/// the turn's evidence so they can be cited.
/// </summary>
public sealed class SafetyPlugin(SafetyReader safety, KnowledgeSearch knowledge)
{
    /// <summary>Plugin name as registered in the kernel.</summary>
    public const string Name = "safety";

    private const int Passages = 3;

    /// <summary>Whether a message passes on a rumor, the claim, and vetted debunks that may answer it.</summary>
    [KernelFunction("check_rumor")]
    [Description("判断一条消息是否在传播未经核实的说法（听说、网传、转发的文章），提取说法，并检索已审核的辟谣文章。只有辟谣文章能支持“谣言/误区/部分正确”的结论。")]
    public string CheckRumor(
        Microsoft.SemanticKernel.Kernel kernel,
        [Description("居民发来的原话")] string message)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var assessment = safety.Read(message).Rumor;
        var debunks = knowledge.SearchHits(TurnEvidence.Of(kernel), assessment.Claim, [DocumentKinds.Debunk], Passages);
        return ToolJson.Serialize(new { assessment, passages = debunks.Select(Passage) });
    }

    /// <summary>The fraud risk of a message, its scenario, and the anti-fraud articles for it.</summary>
    [KernelFunction("assess_fraud")]
    [Description("判断消息是否描述正在发生的诈骗（要钱、要验证码、要共享屏幕、要装App等），给出风险等级和诈骗类型，并检索对应的防骗文章。高风险时回答必须先说：不要转账，挂断电话，打110或96110。")]
    public string AssessFraud(
        Microsoft.SemanticKernel.Kernel kernel,
        [Description("居民发来的原话")] string message)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var assessment = safety.Read(message).Fraud;
        var articles = knowledge.SearchHits(TurnEvidence.Of(kernel), message, [DocumentKinds.AntiFraud], Passages);
        return ToolJson.Serialize(new { assessment, passages = articles.Select(Passage) });
    }

    private static object Passage(KepuKnowledge.Retrieval.SearchHit hit) =>
        new { id = hit.PassageId, title = hit.Title, section = hit.Section, text = hit.Text };
}
