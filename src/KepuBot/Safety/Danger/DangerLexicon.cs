using System.Collections.Frozen;
using KepuKnowledge;

namespace KepuBot.Safety.Danger;

/// <summary>
/// The editable lists behind the danger reader, loaded once from <c>danger/</c> in the lexicon folder: the
/// emergency services (<c>services.txt</c>), the situations (<c>situations.txt</c>) and the cue families that
/// describe them (<c>danger-cues.txt</c>, in the safety cue-list syntax).
/// </summary>
/// <param name="Services">Services by id.</param>
/// <param name="Situations">Situations in file order (earlier wins a tie).</param>
/// <param name="Cues">The cue families.</param>
public sealed record DangerLexicon(FrozenDictionary<string, EmergencyService> Services, IReadOnlyList<DangerSituation> Situations, CueBook Cues)
{
    /// <summary>Loads the lists from the lexicon folder of <paramref name="paths"/>.</summary>
    public static DangerLexicon Load(KnowledgePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Load(Path.Combine(paths.Lexicon, "danger"));
    }

    /// <summary>Loads the lists from <paramref name="folder"/>; a situation naming an unknown service is an error.</summary>
    public static DangerLexicon Load(string folder)
    {
        var servicesFile = Path.Combine(folder, "services.txt");
        var services = Rows(servicesFile, 3)
            .Select(r => new EmergencyService(r.Cells[0], r.Cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), r.Cells[2]))
            .ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        var situationsFile = Path.Combine(folder, "situations.txt");
        var situations = Rows(situationsFile, 3)
            .Select(r => services.ContainsKey(r.Cells[1])
                ? new DangerSituation(r.Cells[0], r.Cells[1], r.Cells[2])
                : throw new FormatException($"{situationsFile}:{r.Line}: unknown service '{r.Cells[1]}'"))
            .ToList();
        var groups = situations.Select(s => s.Id).Concat(DangerCueGroups.Modifiers).ToHashSet(StringComparer.Ordinal);
        return new DangerLexicon(services, situations, CueBook.Load(Path.Combine(folder, "danger-cues.txt"), groups));
    }

    /// <summary>The same lists with some services' numbers replaced (configuration wins over the file).</summary>
    public DangerLexicon WithNumbers(IReadOnlyDictionary<string, string> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var unknown = numbers.Keys.FirstOrDefault(k => !Services.ContainsKey(k));
        if (unknown is not null)
        {
            throw new InvalidOperationException($"Emergency:Numbers names unknown service '{unknown}' (known: {string.Join(", ", Services.Keys.Order(StringComparer.Ordinal))})");
        }

        var services = Services.Values
            .Select(s => numbers.TryGetValue(s.Id, out var given) ? s with { Numbers = given.Split(' ', StringSplitOptions.RemoveEmptyEntries) } : s)
            .ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        return this with { Services = services };
    }

    private static IEnumerable<(int Line, string[] Cells)> Rows(string path, int columns)
    {
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Trim().Length == 0 || raw.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = raw.Split('\t', StringSplitOptions.TrimEntries);
            if (cells.Length != columns || cells.Any(c => c.Length == 0))
            {
                throw new FormatException($"{path}:{line}: expected {columns} tab-separated fields");
            }

            yield return (line, cells);
        }
    }
}
