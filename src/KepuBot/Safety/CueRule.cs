using System.Text.RegularExpressions;

namespace KepuBot.Safety;

/// <summary>A named pattern with a weight; detectors sum the weights of the rules that match.</summary>
/// <param name="Name">Cue name.</param>
/// <param name="Pattern">Pattern over normalized (Simplified, half-width) text.</param>
/// <param name="Weight">Contribution to the score.</param>
public sealed record CueRule(string Name, Regex Pattern, double Weight)
{
    /// <summary>Creates a rule from a pattern string (compiled: rules are static and run on every message).</summary>
    public static CueRule Of(string name, string pattern, double weight) =>
        new(name, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(200)), weight);

    /// <summary>The cues among <paramref name="rules"/> that fire on <paramref name="text"/>.</summary>
    public static IReadOnlyList<SafetyCue> Fire(IEnumerable<CueRule> rules, string text) =>
        rules.Select(r => (Rule: r, Match: r.Pattern.Match(text)))
            .Where(x => x.Match.Success)
            .Select(x => new SafetyCue(x.Rule.Name, x.Match.Value, x.Rule.Weight))
            .ToList();
}
