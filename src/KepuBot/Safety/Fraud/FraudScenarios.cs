using System.Globalization;

namespace KepuBot.Safety.Fraud;

/// <summary>
/// Which scam scenario a message belongs to, from weighted words per scenario (<c>fraud-scenarios.txt</c>); the
/// scenario ids are the anti-fraud articles' <c>scenario</c> field, so the answer can cite the matching article.
/// </summary>
public sealed class FraudScenarios
{
    private readonly (string Scenario, (string Word, double Weight)[] Words)[] _scenarios;

    private FraudScenarios((string, (string, double)[])[] scenarios) => _scenarios = scenarios;

    /// <summary>The scenario ids, in file order.</summary>
    public IEnumerable<string> Ids => _scenarios.Select(s => s.Scenario);

    /// <summary>Loads the scenario list; a bad weight is reported with file and line.</summary>
    public static FraudScenarios Load(string path) => Parse(File.ReadLines(path), path);

    /// <summary>Parses scenario lines; <paramref name="source"/> names them in error messages.</summary>
    public static FraudScenarios Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var scenarios = new List<(string, List<(string, double)>)>();
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                scenarios.Add((line[1..^1].Trim(), []));
                continue;
            }

            if (scenarios.Count == 0)
            {
                throw new FormatException($"{source}:{lineNumber}: word before the first [scenario] header");
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var weight = 1.0;
            if (parts.Length > 1 && !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out weight))
            {
                throw new FormatException($"{source}:{lineNumber}: weight '{parts[1]}' is not a number");
            }

            scenarios[^1].Item2.Add((SafetyText.Prepare(parts[0]), weight));
        }

        return new FraudScenarios([.. scenarios.Select(s => (s.Item1, s.Item2.ToArray()))]);
    }

    /// <summary>The best-supported scenario for prepared text, or null when no scenario word occurs.</summary>
    public string? Pick(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? best = null;
        var bestScore = 0.0;
        foreach (var (scenario, words) in _scenarios)
        {
            var score = words.Where(w => text.Contains(w.Word, StringComparison.Ordinal)).Sum(w => w.Weight);
            if (score > bestScore)
            {
                (best, bestScore) = (scenario, score);
            }
        }

        return best;
    }
}
