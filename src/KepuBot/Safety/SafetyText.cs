using KepuKnowledge.Analysis;

namespace KepuBot.Safety;

/// <summary>
/// The form cue patterns are matched against: Traditional folded to Simplified, full-width to half-width,
/// lower case, and no whitespace (voice input and pasted messages scatter spaces through words).
/// </summary>
public static class SafetyText
{
    /// <summary>Prepares a message for cue matching.</summary>
    public static string Prepare(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var normalized = ChineseNormalizer.Normalize(message);
        return string.Create(normalized.Count(c => !char.IsWhiteSpace(c)), normalized, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (!char.IsWhiteSpace(c))
                {
                    span[i++] = c;
                }
            }
        });
    }
}
