using System.Text.RegularExpressions;

namespace KepuBot.Safety;

/// <summary>
/// One family of cues from a cue list: its patterns compiled into one expression, the group it belongs to and
/// the weight it adds to the score when any pattern matches.
/// </summary>
/// <param name="Name">Family name (the explanation shows it).</param>
/// <param name="Group">The role in the score (demand, relay, negative …).</param>
/// <param name="Weight">What the family adds when it fires.</param>
/// <param name="Needs">Another family that must fire too for this one to count, or null.</param>
/// <param name="Pattern">All the family's patterns as one alternation.</param>
public sealed record CueFamily(string Name, string Group, double Weight, string? Needs, Regex Pattern)
{
    // Patterns are bounded gaps over one short message (microseconds); the timeout only guards against a
    // pathological raw line, and is generous because the first match of a compiled pattern includes its JIT.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Compiles a family from its pattern lines (in the cue-list syntax of <see cref="CuePattern"/>).</summary>
    public static CueFamily Create(string name, string group, double weight, string? needs, IEnumerable<string> patterns)
    {
        var regexes = patterns.Select(CuePattern.ToRegex).ToList();
        var alternation = string.Join('|', regexes.Select(r => $"(?:{r})"));

        // A pattern that matches empty text (a stray "|" or a line of "*") would fire on every message. Checking
        // the whole family first keeps loading to one expression per family; only a faulty one is searched.
        if (Regex.IsMatch(string.Empty, alternation, RegexOptions.None, MatchTimeout))
        {
            var empty = regexes.First(r => Regex.IsMatch(string.Empty, r, RegexOptions.None, MatchTimeout));
            throw new FormatException($"family [{name}]: a pattern matches empty text: {empty}");
        }

        var regex = new Regex(alternation, RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
        return new CueFamily(name, group, weight, needs, regex);
    }

    /// <summary>Another family that, when it fires, cancels this one (an official body named as the source of a
    /// leak is no official notice), or null.</summary>
    public string? Unless
    {
        get;
        init
        {
            field = value;
            UnlessAny = value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
    }

    /// <summary>
    /// The families named by <see cref="Unless"/> (a comma-separated list), split once here rather than on every
    /// message the book reads; any of them firing drops this one.
    /// </summary>
    public IReadOnlyList<string> UnlessAny { get; private init; } = [];

    /// <summary>The cue if the family fires on <paramref name="text"/> (already prepared by <see cref="SafetyText"/>).</summary>
    public SafetyCue? Fire(string text)
    {
        try
        {
            var match = Pattern.Match(text);
            return match.Success ? new SafetyCue(Name, Group, match.Value, Weight) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            // A starved machine can stall a match past the guard; one family not firing beats failing the turn.
            return null;
        }
    }
}
