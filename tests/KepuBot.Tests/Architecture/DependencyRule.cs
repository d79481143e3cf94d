namespace KepuBot.Tests.Architecture;

/// <summary>
/// A one-way dependency rule over namespaces. Each namespace belongs to the module whose name is its longest
/// matching prefix; inside a module anything goes (loops aside, see <see cref="Loops"/>), and across modules only
/// the listed targets are allowed. A target written <c>X.*</c> is X and everything under it; a target written
/// <c>X</c> is that namespace only (so the staff console may use the database in <c>KepuBot.Persistence</c> and its audit trail but
/// not the turn's and the channels' stores under it).
/// </summary>
internal sealed class DependencyRule(IReadOnlyDictionary<string, string[]> allowed)
{
    /// <summary>The edges the rule forbids, and the namespaces it does not place in any module.</summary>
    public IReadOnlyList<string> Violations(IEnumerable<(string From, string To)> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var problems = new List<string>();
        foreach (var (from, to) in edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
        {
            var source = ModuleOf(from);
            var target = ModuleOf(to);
            if (source is null || target is null)
            {
                problems.Add($"{(source is null ? from : to)} belongs to no module of the rule");
            }
            else if (source != target && !allowed[source].Any(pattern => Matches(pattern, to)))
            {
                problems.Add($"{from} -> {to} ({source} may not use {target})");
            }
        }

        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Groups of namespaces that depend on each other in a loop (strongly connected components of two or more).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Loops(IEnumerable<(string From, string To)> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var nodes = next.Keys.Concat(next.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal).ToList();

        // Two nodes are in one loop when each reaches the other; the graphs here have tens of nodes.
        var reach = nodes.ToDictionary(n => n, n => Reachable(n, next));
        var loops = new List<IReadOnlyList<string>>();
        var placed = new HashSet<string>();
        foreach (var node in nodes.Where(n => !placed.Contains(n)))
        {
            var loop = nodes.Where(other => other == node || (reach[node].Contains(other) && reach[other].Contains(node))).ToList();
            if (loop.Count > 1)
            {
                loops.Add(loop);
                placed.UnionWith(loop);
            }
        }

        return loops;
    }

    private static HashSet<string> Reachable(string start, Dictionary<string, List<string>> next)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var node))
        {
            foreach (var target in next.GetValueOrDefault(node) ?? [])
            {
                if (seen.Add(target))
                {
                    pending.Push(target);
                }
            }
        }

        return seen;
    }

    private string? ModuleOf(string ns) =>
        allowed.Keys.Where(module => ns == module || ns.StartsWith(module + ".", StringComparison.Ordinal)).MaxBy(module => module.Length);

    private static bool Matches(string pattern, string ns) => pattern.EndsWith(".*", StringComparison.Ordinal)
        ? ns == pattern[..^2] || ns.StartsWith(pattern[..^1], StringComparison.Ordinal)
        : ns == pattern;
}
