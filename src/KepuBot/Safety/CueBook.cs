using System.Globalization;

namespace KepuBot.Safety;

/// <summary>
/// A cue list loaded from a data file (<c>corpus/lexicon/safety/*-cues.txt</c>): families of patterns under
/// <c>[name] group weight [needs=family] [unless=family[,family…]]</c> headers. The detectors score messages with the families that fire.
/// </summary>
public sealed class CueBook
{
    private readonly CueFamily[] _families;

    private CueBook(CueFamily[] families) => _families = families;

    /// <summary>The families, in file order.</summary>
    public IReadOnlyList<CueFamily> Families => _families;

    /// <summary>Loads a cue list; unknown groups, bad weights and empty families are reported with file and line.</summary>
    public static CueBook Load(string path, IReadOnlySet<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return Parse(File.ReadLines(path), path, groups);
    }

    /// <summary>Parses cue-list lines; <paramref name="source"/> names them in error messages.</summary>
    public static CueBook Parse(IEnumerable<string> lines, string source, IReadOnlySet<string> groups)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(groups);
        var families = new List<CueFamily>();
        (string Name, string Group, double Weight, string? Needs, string? Unless, int Line)? header = null;
        var patterns = new List<string>();
        var lineNumber = 0;

        void Close()
        {
            if (header is { } h)
            {
                if (patterns.Count == 0)
                {
                    throw new FormatException($"{source}:{h.Line}: family [{h.Name}] has no patterns");
                }

                try
                {
                    families.Add(CueFamily.Create(h.Name, h.Group, h.Weight, h.Needs, patterns) with { Unless = h.Unless });
                }
                catch (ArgumentException ex)
                {
                    throw new FormatException($"{source}:{h.Line}: family [{h.Name}]: bad pattern: {ex.Message}", ex);
                }
                catch (FormatException ex)
                {
                    throw new FormatException($"{source}:{h.Line}: {ex.Message}", ex);
                }

                patterns.Clear();
            }
        }

        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                Close();
                header = ParseHeader(line, source, lineNumber, groups);
                continue;
            }

            if (header is null)
            {
                throw new FormatException($"{source}:{lineNumber}: pattern before the first [family] header");
            }

            patterns.Add(line.Replace(" ", string.Empty, StringComparison.Ordinal));
        }

        Close();
        var names = families.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        if (families.FirstOrDefault(f => f.Needs is not null && !names.Contains(f.Needs)) is { } orphan)
        {
            throw new FormatException($"{source}: family [{orphan.Name}] needs unknown family [{orphan.Needs}]");
        }

        if (families.FirstOrDefault(f => f.UnlessAny.Any(u => !names.Contains(u))) is { } stray)
        {
            throw new FormatException($"{source}: family [{stray.Name}] is unless unknown family [{stray.UnlessAny.First(u => !names.Contains(u))}]");
        }

        return new CueBook([.. families]);
    }

    /// <summary>
    /// The cues that fire on prepared text; a family whose needed family did not fire, or whose unless-family did,
    /// is dropped.
    /// </summary>
    public IReadOnlyList<SafetyCue> Fire(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fired = new List<(CueFamily Family, SafetyCue Cue)>();
        foreach (var family in _families)
        {
            if (family.Fire(text) is { } cue)
            {
                fired.Add((family, cue));
            }
        }

        bool Fired(string name) => fired.Exists(other => other.Family.Name == name);
        return fired
            .Where(f => (f.Family.Needs is not { } needs || Fired(needs)) && !f.Family.UnlessAny.Any(Fired))
            .Select(f => f.Cue)
            .ToList();
    }

    private static (string, string, double, string?, string?, int) ParseHeader(string line, string source, int lineNumber, IReadOnlySet<string> groups)
    {
        var close = line.IndexOf(']', StringComparison.Ordinal);
        var name = close > 1 ? line[1..close].Trim() : string.Empty;
        var parts = close > 0 ? line[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (name.Length == 0 || parts.Length < 2)
        {
            throw new FormatException($"{source}:{lineNumber}: header must be '[name] group weight [needs=family] [unless=family]'");
        }

        if (!groups.Contains(parts[0]))
        {
            throw new FormatException($"{source}:{lineNumber}: unknown group '{parts[0]}' (known: {string.Join(", ", groups.Order(StringComparer.Ordinal))})");
        }

        if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
        {
            throw new FormatException($"{source}:{lineNumber}: weight '{parts[1]}' is not a number");
        }

        var needs = parts.Skip(2).FirstOrDefault(p => p.StartsWith("needs=", StringComparison.Ordinal))?["needs=".Length..];
        var unless = parts.Skip(2).FirstOrDefault(p => p.StartsWith("unless=", StringComparison.Ordinal))?["unless=".Length..];
        return (name, parts[0], weight, needs, unless, lineNumber);
    }
}
