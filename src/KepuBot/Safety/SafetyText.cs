using KepuKnowledge.Analysis;

namespace KepuBot.Safety;

/// <summary>
/// The form cue patterns are matched against: Traditional folded to Simplified, full-width to half-width,
/// lower case, and no whitespace (voice input and pasted messages scatter spaces through words).
/// </summary>
public static class SafetyText
{
    /// <summary>
    /// Folds a message for display (an extracted claim): Simplified and half-width like <see cref="Prepare"/>, but
    /// with its letter case and spaces kept, so "5G" stays "5G".
    /// </summary>
    public static string Fold(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var normalized = ChineseNormalizer.Normalize(message);
        return string.Create(message.Length, (message, normalized), static (span, texts) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var folded = texts.normalized[i];
                span[i] = char.IsUpper(texts.message[i]) || texts.message[i] is >= 'Ａ' and <= 'Ｚ' ? char.ToUpperInvariant(folded) : folded;
            }
        });
    }

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
