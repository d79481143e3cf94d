using KepuBot.Agent.Search;
using Microsoft.SemanticKernel;

namespace KepuBot.Agent.Plugins;

/// <summary>
/// Builds the Semantic Kernel for one turn: the project's capabilities as plugins (built once, shared), and the
/// turn's own evidence attached, so every passage a function returns can be checked against the citations.
/// </summary>
public sealed class AgentKernelFactory(KnowledgePlugin knowledge, DutiesPlugin duties, SafetyPlugin safety, KnowledgeSearch search)
{
    private readonly KernelPlugin[] _plugins =
    [
        KernelPluginFactory.CreateFromObject(knowledge, KnowledgePlugin.Name),
        KernelPluginFactory.CreateFromObject(duties, DutiesPlugin.Name),
        KernelPluginFactory.CreateFromObject(safety, SafetyPlugin.Name),
    ];

    /// <summary>A kernel with every plugin, the knowledge search for direct calls, and the turn's evidence.</summary>
    public sealed record TurnKernel(Microsoft.SemanticKernel.Kernel Kernel, KnowledgeSearch Knowledge, TurnEvidence Evidence);

    /// <summary>Creates the kernel for a turn.</summary>
    public TurnKernel Create()
    {
        var evidence = new TurnEvidence();
        var kernel = new Microsoft.SemanticKernel.Kernel(plugins: new KernelPluginCollection(_plugins));
        evidence.AttachTo(kernel);
        return new TurnKernel(kernel, search, evidence);
    }
}
