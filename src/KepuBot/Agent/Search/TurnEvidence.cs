using KepuKnowledge.Retrieval;

namespace KepuBot.Agent.Search;

/// <summary>
/// The passages the tools returned during one turn. Citations may only name these, whichever path (extractive or
/// model) composed the answer.
/// </summary>
public sealed class TurnEvidence
{
    private const string DataKey = "kepu.evidence";

    private readonly List<SearchHit> _hits = [];
    private readonly Lock _lock = new();

    /// <summary>Hits in the order the tools returned them, without repeats.</summary>
    public IReadOnlyList<SearchHit> Hits
    {
        get
        {
            lock (_lock)
            {
                return _hits.ToList();
            }
        }
    }

    /// <summary>The evidence a turn's kernel carries.</summary>
    public static TurnEvidence Of(Microsoft.SemanticKernel.Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return kernel.Data.TryGetValue(DataKey, out var value) && value is TurnEvidence evidence
            ? evidence
            : throw new InvalidOperationException("The kernel carries no turn evidence.");
    }

    /// <summary>Attaches this evidence to a turn's kernel.</summary>
    public void AttachTo(Microsoft.SemanticKernel.Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        kernel.Data[DataKey] = this;
    }

    /// <summary>Records hits returned by a tool call.</summary>
    public void Add(IEnumerable<SearchHit> hits)
    {
        lock (_lock)
        {
            foreach (var hit in hits)
            {
                if (!_hits.Any(h => h.PassageId == hit.PassageId))
                {
                    _hits.Add(hit);
                }
            }
        }
    }

    /// <summary>Finds a returned passage by id.</summary>
    public SearchHit? Find(string passageId)
    {
        lock (_lock)
        {
            return _hits.FirstOrDefault(h => h.PassageId == passageId);
        }
    }
}
