using KepuBot.Agent.Answering;
using KepuBot.Agent.Plugins;
using KepuKnowledge;
using Microsoft.SemanticKernel;

namespace KepuBot.Agent.Kernel;

/// <summary>
/// Builds the Semantic Kernel for one turn: the project's capabilities as plugins, bound to that turn's evidence
/// so every passage a function returns can be checked against the citations.
/// </summary>
public sealed class AgentKernelFactory(KnowledgeBase knowledge)
{
    /// <summary>A kernel and the plugin instances it holds.</summary>
    public sealed record TurnKernel(Microsoft.SemanticKernel.Kernel Kernel, KnowledgePlugin Knowledge, TurnEvidence Evidence);

    /// <summary>Creates the kernel for a turn.</summary>
    public TurnKernel Create()
    {
        var evidence = new TurnEvidence();
        var plugin = new KnowledgePlugin(knowledge, evidence);
        var kernel = new Microsoft.SemanticKernel.Kernel();
        kernel.Plugins.AddFromObject(plugin, KnowledgePlugin.Name);
        return new TurnKernel(kernel, plugin, evidence);
    }
}
