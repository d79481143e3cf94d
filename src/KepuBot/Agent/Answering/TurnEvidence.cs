using KepuKnowledge.Retrieval;

namespace KepuBot.Agent.Answering;

/// <summary>
/// The passages the tools returned during one turn. Citations may only name these, whichever path (extractive or
/// model) composed the answer.
/// </summary>
public sealed class TurnEvidence
{
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
